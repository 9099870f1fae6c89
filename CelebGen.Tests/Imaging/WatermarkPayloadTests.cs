using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Watermarking;

namespace CelebGen.Tests.Imaging;

public class WatermarkPayloadTests
{
    private static readonly ImageReference Reference = new(0xABCDEF012345UL);

    [Fact]
    public void TheCodedPayloadRoundTrips()
    {
        var bits = WatermarkPayload.Encode(Reference);
        Assert.Equal(WatermarkPayload.CodedBits, bits.Length);
        Assert.True(WatermarkPayload.TryDecode(bits, out var decoded));
        Assert.Equal(Reference, decoded);
    }

    [Fact]
    public void ScatteredCodedBitErrorsAreCorrected()
    {
        var bits = WatermarkPayload.Encode(Reference);
        foreach (int i in new[] { 0, 31, 58, 89, 117, 143 }) bits[i] = !bits[i];
        Assert.True(WatermarkPayload.TryDecode(bits, out var decoded));
        Assert.Equal(Reference, decoded);
    }

    [Fact]
    public void SoftValuesOutweighHardOnes()
    {
        // Eight wrong but unsure bits next to each other are too many for hard decoding, not with their reliabilities.
        var soft = WatermarkPayload.Encode(Reference).Select(b => b ? 1.0 : -1.0).ToArray();
        for (int i = 40; i < 48; i++) soft[i] *= -0.1;
        Assert.True(WatermarkPayload.TryDecode(soft, out var decoded));
        Assert.Equal(Reference, decoded);
    }

    [Fact]
    public void AValidCodewordOfAMessageWithAWrongCrcReadsAsNone()
    {
        // The code is linear and the mask an XOR: adding the codeword of one message bit gives the codeword of
        // the id with that bit flipped and the old CRC, which the CRC must reject for every position.
        var bits = WatermarkPayload.Encode(Reference);
        for (int i = 0; i < WatermarkPayload.MessageBits; i++)
        {
            var unit = new bool[WatermarkPayload.MessageBits];
            unit[i] = true;
            var flipped = TailBitingCode.Encode(unit).Select((b, j) => b ^ bits[j]).ToArray();
            Assert.False(WatermarkPayload.TryDecode(flipped, out _), $"message bit {i} flipped went unnoticed");
        }
    }

    [Fact]
    public void NoiseNeverDecodes()
    {
        var random = new Random(24);
        for (int trial = 0; trial < 3000; trial++)
        {
            var soft = Enumerable.Range(0, WatermarkPayload.CodedBits).Select(_ => random.NextDouble() - 0.5).ToArray();
            Assert.False(WatermarkPayload.TryDecode(soft, out _), $"noise trial {trial} decoded");
        }
    }

    [Fact]
    public void TheTailBitingCodeRoundTripsMessagesThatWrapAround()
    {
        var random = new Random(9);
        foreach (var message in new[] { Enumerable.Repeat(true, 72).ToArray(), Enumerable.Range(0, 72).Select(i => i >= 66).ToArray() }
                     .Concat(Enumerable.Range(0, 20).Select(_ => Enumerable.Range(0, 72).Select(_ => random.Next(2) == 1).ToArray())))
        {
            Assert.Equal(message, TailBitingCode.Decode(TailBitingCode.Encode(message).Select(b => b ? 1.0 : -1.0).ToArray()));
        }
    }
}
