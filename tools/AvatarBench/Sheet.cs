using SkiaSharp;

namespace CelebGen.AvatarBench;

internal static class Sheet
{
    /// <summary>Lays the images out in a grid, saves it as PNG and disposes them.</summary>
    public static void Save(IReadOnlyList<SKBitmap> images, int cols, string path)
    {
        if (images.Count == 0) return;
        int w = images[0].Width, h = images[0].Height, rows = (images.Count + cols - 1) / cols;
        using var sheet = new SKBitmap(cols * w, rows * h);
        using (var canvas = new SKCanvas(sheet))
            for (int i = 0; i < images.Count; i++) canvas.DrawBitmap(images[i], (i % cols) * w, (i / cols) * h);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var data = sheet.Encode(SKEncodedImageFormat.Png, 100))
        using (var file = File.Create(path)) data.SaveTo(file);
        foreach (var image in images) image.Dispose();
    }
}
