using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Visible;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace WatermarkBench;

/// <summary>Writes pictures to look at: original | marked | amplified difference, and the visible mark on the lightest and darkest photo.</summary>
internal static class Samples
{
    public static void Run(IReadOnlyList<(string Name, SKBitmap Image)> corpus, string folder, TextWriter output)
    {
        Directory.CreateDirectory(folder);
        var reference = new ImageReference(0x0000_BEEF_CAFE_0042UL);
        var encoder = new InvisibleWatermarkEncoder();
        foreach (var (name, image) in corpus.Take(4))
        {
            using var marked = encoder.Embed(image, reference);
            SideBySide.Write(image, marked, Path.Combine(folder, $"invisible-{name}.png"));
        }
        double Mean(SKBitmap b) => LumaPlane.FromBitmap(b).Pixels.Average();
        var byLuma = corpus.Where(c => c.Image.Width == 512).OrderBy(c => Mean(c.Image)).ToList();
        var painter = new VisibleWatermarkPainter();
        foreach (var (label, pick) in new[] { ("dark", byLuma[0]), ("light", byLuma[^1]) })
        {
            using (var marked = encoder.Embed(pick.Image, reference))
                SideBySide.Write(pick.Image, marked, Path.Combine(folder, $"invisible-{label}-{pick.Name}.png"));
            using var visible = painter.Apply(pick.Image, reference);
            using var data = visible.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(folder, $"visible-{label}-{pick.Name}.png"), data.ToArray());
            using var small = BenchImages.SquareCrop(pick.Image, 256, new Random(1), 1.0);
            using var visibleSmall = painter.Apply(small, reference);
            using var smallData = visibleSmall.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(folder, $"visible-{label}-256.png"), smallData.ToArray());
        }
        output.WriteLine($"Samples written to {folder}");
    }
}
