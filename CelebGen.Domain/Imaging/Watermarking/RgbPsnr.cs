using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// PSNR over the R, G and B channels of two same-sized images: what a viewer's pixels actually differ by.
/// The embedder budgets on its luma working grid, which resampling and clipping make only an estimate.
/// </summary>
internal static class RgbPsnr
{
    public static double Between(SKBitmap a, SKBitmap b)
    {
        using var x = Rgba.Flatten(a);
        using var y = Rgba.Flatten(b);
        var p = x.GetPixelSpan();
        var q = y.GetPixelSpan();
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            if (i % 4 == 3) continue;
            double d = p[i] - q[i];
            sum += d * d;
        }
        double mse = sum / (p.Length / 4 * 3);
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}
