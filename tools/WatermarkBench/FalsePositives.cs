using System.Diagnostics;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace WatermarkBench;

/// <summary>Decodes many unmarked pictures (varied sizes, crops and re-encodings): every "found" is a false positive.</summary>
internal static class FalsePositives
{
    public static void Run(IReadOnlyList<SKBitmap> photos, int count, TextWriter output)
    {
        var decoder = new InvisibleWatermarkDecoder();
        var random = new Random(1000);
        var attacks = Attack.Standard();
        int[] sizes = [256, 512, 384, 768];
        int found = 0;
        var scores = new List<double>();
        var times = new List<double>();
        var cpuTimes = new List<double>();
        var cpuTimes512 = new List<double>();
        for (int i = 0; i < count; i++)
        {
            var photo = photos[random.Next(photos.Count)];
            using var square = BenchImages.SquareCrop(photo, sizes[random.Next(sizes.Length)], random, 0.3);
            using var image = attacks[random.Next(attacks.Count)].Apply(square, random);
            var clock = Stopwatch.StartNew();
            var cpu = CpuClock.Now();
            var reading = decoder.Read(image);
            times.Add(clock.Elapsed.TotalMilliseconds);
            cpuTimes.Add(CpuClock.Now() - cpu);
            if (image.Width == 512 && image.Height == 512) cpuTimes512.Add(cpuTimes[^1]);
            scores.Add(reading.Score);
            if (reading.IsFound) found++;
        }
        output.WriteLine($"False positives: {found}/{count} unmarked images read as marked ({100.0 * found / count:0.00}%)");
        output.WriteLine($"Best candidate score on unmarked images: {Stats.Describe(scores)}");
        output.WriteLine($"Decode time on unmarked images, full search (wall ms): {Stats.Describe(times)}");
        output.WriteLine($"Decode time on unmarked images, full search (process CPU ms): {Stats.Describe(cpuTimes)}");
        output.WriteLine($"Decode time on unmarked 512x512 images (not cropped or resized by their attack), full search (process CPU ms): {Stats.Describe(cpuTimes512)}");
    }
}
