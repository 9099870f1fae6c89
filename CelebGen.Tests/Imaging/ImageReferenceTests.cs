using CelebGen.Domain.Imaging;

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
}
