using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace WatermarkBench;

/// <summary>Per-image detail for one attack, to see where decoding loses bits.</summary>
internal static class Diagnose
{
    /// <summary>
    /// Raw coded-bit accuracy of the uncropped reading, on the better of the two grids: the encoder moves a small
    /// picture to the large grid when the small one fails its checks.
    /// </summary>
    private static double AlignedAccuracy(SKBitmap attacked, ImageReference reference)
    {
        var wanted = WatermarkPayload.Encode(reference);
        return new[] { WorkingGrid.Small, WorkingGrid.Large }
            .Select(grid => InvisibleWatermarkDecoder.AlignedSoft(attacked, grid))
            .Max(soft => soft.Where((v, i) => v > 0 == wanted[i]).Count() / (double)soft.Length);
    }

    public static void Run(IReadOnlyList<(string Name, SKBitmap Image)> corpus, string attackName, TextWriter output)
    {
        var attack = Attack.Standard().First(a => a.Name == attackName);
        var encoder = new InvisibleWatermarkEncoder();
        var decoder = new InvisibleWatermarkDecoder();
        var random = new Random(7);
        foreach (var (name, image) in corpus)
        {
            var reference = new ImageReference((ulong)random.NextInt64(0, (long)ImageReference.MaxValue));
            using var marked = encoder.Embed(image, reference);
            using var attacked = attack.Apply(marked, random);
            var reading = decoder.Read(attacked);
            if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dump) SideBySide.Write(image, marked, Path.Combine(dump, name + ".png"));
            output.WriteLine($"{name} {attacked.Width}x{attacked.Height} psnr={Quality.Psnr(image, marked):0.0} found={reading.Reference == reference} score={reading.Score:0.000} bits={reading.BitAccuracyAgainst(reference):P1} aligned={AlignedAccuracy(attacked, reference):P1}");
        }
    }
}
