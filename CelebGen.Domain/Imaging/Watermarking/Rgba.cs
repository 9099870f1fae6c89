using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

internal static class Rgba
{
    /// <summary>An opaque RGBA8888 copy, composited over white so transparent pixels get a defined colour.</summary>
    public static SKBitmap Flatten(SKBitmap bitmap)
    {
        var copy = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(copy);
        canvas.Clear(SKColors.White);
        canvas.DrawBitmap(bitmap, 0, 0);
        return copy;
    }
}
