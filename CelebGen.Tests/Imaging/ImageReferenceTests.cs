using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Watermarking;

namespace CelebGen.Tests.Imaging;

public class ImageReferenceTests
{
    [Theory]
    [InlineData(0UL, "00000-00000")]
    [InlineData(ImageReference.MaxValue, "7ZZZZ-ZZZZZ")]
    [InlineData(0x123456789AUL, "0028T-5CY4T")]
    public void CodesAreTenCrockfordCharactersAndParseBack(ulong value, string code)
    {
        var reference = new ImageReference(value);
        Assert.Equal(code, reference.Code);
        Assert.True(ImageReference.TryParse(code.ToLowerInvariant(), out var parsed));
        Assert.Equal(reference, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDE")]
    [InlineData("8ZZZZ-ZZZZZ")]
    [InlineData("ABCDE-1234U")]
    public void MalformedCodesDoNotParse(string code) => Assert.False(ImageReference.TryParse(code, out _));

    [Fact]
    public void IdsWiderThanFortyEightBitsAreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImageReference(ImageReference.MaxValue + 1));

    [Fact]
    public void PayloadRoundTripsAndAnyFlippedBitFailsTheCrc()
    {
        var reference = new ImageReference(0xABCDEF012345UL);
        var bits = WatermarkPayload.Encode(reference);
        Assert.True(WatermarkPayload.TryDecode(bits, out var decoded));
        Assert.Equal(reference, decoded);
        for (int i = 0; i < bits.Length; i++)
        {
            bits[i] = !bits[i];
            Assert.False(WatermarkPayload.TryDecode(bits, out _), $"flipping bit {i} went unnoticed");
            bits[i] = !bits[i];
        }
    }
}
