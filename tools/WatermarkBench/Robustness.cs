using System.Diagnostics;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace WatermarkBench;

/// <summary>Marks every corpus image with a random id, attacks it, decodes, and tabulates the outcome.</summary>
internal static class Robustness
{
    public static void Run(IReadOnlyList<(string Name, SKBitmap Image)> corpus, TextWriter output, IReadOnlyCollection<string>? only = null)
    {
        var encoder = new InvisibleWatermarkEncoder();
        var decoder = new InvisibleWatermarkDecoder();
        var attacks = Attack.Standard().Where(a => only is null || only.Contains(a.Name)).ToList();
        var exact = new int[attacks.Count];
        var exactLarge = new int[attacks.Count];
        var bitAccuracy = new double[attacks.Count];
        var misses = attacks.Select(_ => new List<string>()).ToArray();
        var psnr = new List<double>();
        var decodeMs = new List<double>();
        var decodeCpuMs = new List<double>();
        var embedMs = new List<double>();
        var random = new Random(42);
        foreach (var (name, image) in corpus)
        {
            var reference = new ImageReference((ulong)random.NextInt64(0, (long)ImageReference.MaxValue));
            var clock = Stopwatch.StartNew();
            using var marked = encoder.Embed(image, reference);
            embedMs.Add(clock.Elapsed.TotalMilliseconds);
            psnr.Add(Quality.Psnr(image, marked));
            for (int a = 0; a < attacks.Count; a++)
            {
                using var attacked = attacks[a].Apply(marked, random);
                clock.Restart();
                var cpu = CpuClock.Now();
                var reading = decoder.Read(attacked);
                if (image.Width == 512 && attacks[a].Name is "none" or "JPEG 75")
                {
                    decodeMs.Add(clock.Elapsed.TotalMilliseconds);
                    decodeCpuMs.Add(CpuClock.Now() - cpu);
                }
                if (reading.Reference == reference)
                {
                    exact[a]++;
                    if (image.Width == 512) exactLarge[a]++;
                }
                else
                {
                    misses[a].Add(name);
                    if (reading.IsFound) output.WriteLine($"!! WRONG id on {name} / {attacks[a].Name}");
                }
                bitAccuracy[a] += reading.BitAccuracyAgainst(reference);
            }
        }
        output.WriteLine($"Invisible watermark over {corpus.Count} images ({corpus.Count(c => c.Image.Width == 512)} at 512x512, {corpus.Count(c => c.Image.Width == 256)} at 256x256)");
        output.WriteLine();
        int large = corpus.Count(c => c.Image.Width == 512), small = corpus.Count - large;
        output.WriteLine("| attack | exact id recovered | of 512x512 | of 256x256 | mean bit accuracy |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (int a = 0; a < attacks.Count; a++)
            output.WriteLine($"| {attacks[a].Name} | {exact[a]}/{corpus.Count} ({100.0 * exact[a] / corpus.Count:0.0}%) | {exactLarge[a]}/{large} | {exact[a] - exactLarge[a]}/{small} | {100 * bitAccuracy[a] / corpus.Count:0.0}% |");
        output.WriteLine();
        output.WriteLine("Misses: " + string.Join("; ", attacks.Select((attack, a) => (attack, a)).Where(x => misses[x.a].Count > 0)
            .Select(x => $"{x.attack.Name}: {string.Join(", ", misses[x.a])}")));
        output.WriteLine();
        output.WriteLine($"PSNR (dB): min {psnr.Min():0.00}, mean {psnr.Average():0.00}, max {psnr.Max():0.00}");
        output.WriteLine($"Embed time (ms): {Stats.Describe(embedMs)}");
        output.WriteLine($"Decode time, 512x512 marked, unattacked or JPEG 75 (wall ms): {Stats.Describe(decodeMs)}");
        output.WriteLine($"Decode time, same (process CPU ms; the machine is shared, so wall time includes waiting): {Stats.Describe(decodeCpuMs)}");
    }
}

internal static class Quality
{
    /// <summary>PSNR over the RGB channels of two same-sized images.</summary>
    public static double Psnr(SKBitmap a, SKBitmap b)
    {
        using var x = a.Copy(SKColorType.Rgba8888);
        using var y = b.Copy(SKColorType.Rgba8888);
        var p = x.GetPixelSpan();
        var q = y.GetPixelSpan();
        double sum = 0;
        long n = 0;
        for (int i = 0; i < p.Length; i++)
        {
            if (i % 4 == 3) continue;
            double d = p[i] - q[i];
            sum += d * d;
            n++;
        }
        double mse = sum / n;
        return mse == 0 ? 99 : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}

internal static class CpuClock
{
    public static double Now() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}

internal static class Stats
{
    public static string Describe(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return "n/a";
        var sorted = values.Order().ToArray();
        return $"median {sorted[sorted.Length / 2]:0.0##}, p95 {sorted[(int)(sorted.Length * 0.95)]:0.0##}, max {sorted[^1]:0.0##} (n={sorted.Length})";
    }
}
