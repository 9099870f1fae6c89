using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace WatermarkBench;

internal static class Probe
{
    public static void Run(SKBitmap image, TextWriter output)
    {
        var reference = new ImageReference(123456789);
        using var marked = new InvisibleWatermarkEncoder().Embed(image, reference);
        var grid = PlaneResampler.Resize(LumaPlane.FromBitmap(marked), WorkingSize, WorkingSize);
        var tile = FoldedTile.Fold(grid, new Hypothesis(1, 1));
        var coefficients = FoldedTile.AlignedCoefficients(tile)[0];
        var expected = WatermarkPayload.Encode(reference);
        var corr = new double[WatermarkPayload.Bits];
        for (int q = 0; q < SlotsPerTile; q++) corr[SlotBit[q]] += SlotSign[q] * coefficients[q];
        int ok = corr.Where((c, i) => (c > 0) == expected[i]).Count();
        output.WriteLine($"aligned bits ok {ok}/72; corr magnitudes: {string.Join(" ", corr.Take(12).Select(c => c.ToString("0.0")))}");
    }
}
