using SkiaSharp;

namespace WatermarkBench;

/// <summary>Writes original | marked | 10x amplified difference, to look at what the mark does.</summary>
internal static class SideBySide
{
    public static void Write(SKBitmap original, SKBitmap marked, string path)
    {
        int w = original.Width, h = original.Height;
        using var canvas = new SKBitmap(w * 3, h);
        using var a = original.Copy(SKColorType.Rgba8888);
        using var b = marked.Copy(SKColorType.Rgba8888);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                canvas.SetPixel(x, y, p);
                canvas.SetPixel(w + x, y, q);
                byte Amp(byte u, byte v) => (byte)Math.Clamp(128 + 10 * (v - u), 0, 255);
                canvas.SetPixel(2 * w + x, y, new SKColor(Amp(p.Red, q.Red), Amp(p.Green, q.Green), Amp(p.Blue, q.Blue)));
            }
        using var data = canvas.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
