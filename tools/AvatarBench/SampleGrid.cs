using System.Diagnostics;
using CelebGen.AvatarData;
using CelebGen.Domain.Diffusion;
using SkiaSharp;

namespace CelebGen.AvatarBench;

/// <summary>The 16 showcase prompts through the app's pipeline (seed = index), as one 4×4 PNG; also times each image.</summary>
internal static class SampleGrid
{
    public static async Task<int> RunAsync(DiffusionEngine engine, string path)
    {
        var images = new List<SKBitmap>();
        var times = new List<double>();
        for (int i = 0; i < ShowcasePrompts.All.Length; i++)
        {
            var sw = Stopwatch.StartNew();
            var result = await engine.GenerateAsync(new DiffusionRequest(ShowcasePrompts.All[i]) { Seed = i });
            times.Add(sw.Elapsed.TotalSeconds);
            images.Add(result.Images[0].ToBitmap());
            Console.WriteLine($"{i,2} {sw.Elapsed.TotalSeconds:F2} s  unet {result.Timings.UnetSteps.Count} steps  {ShowcasePrompts.All[i]}");
        }
        Console.WriteLine($"time per image: first {times[0]:F2} s, mean of the rest {times.Skip(1).Average():F2} s, max {times.Skip(1).Max():F2} s");
        Sheet.Save(images, 4, path);
        Console.WriteLine($"wrote {path}");
        return 0;
    }
}
