using CelebGen.AvatarData;
using SkiaSharp;

namespace CelebGen.AvatarTrainer;

/// <summary>Renders a sheet of training avatars with their captions, to look at the data.</summary>
internal static class PreviewCommand
{
    public static int Run(string output, int count, int seed)
    {
        const int cell = 256;
        int cols = 4, rows = (count + cols - 1) / cols;
        using var sheet = new SKBitmap(cols * cell, rows * cell);
        using var canvas = new SKCanvas(sheet);
        for (int i = 0; i < count; i++)
        {
            var spec = AvatarSampler.FromSeed(seed + i);
            using var img = AvatarRenderer.Render(spec, cell);
            canvas.DrawBitmap(img, (i % cols) * cell, (i / cols) * cell);
            Console.WriteLine($"{i}: {AvatarCaption.Describe(spec)}");
        }
        ImageIo.SavePng(sheet, output);
        return 0;
    }
}
