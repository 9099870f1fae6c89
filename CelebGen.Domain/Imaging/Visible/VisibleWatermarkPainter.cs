using SkiaSharp;

namespace CelebGen.Domain.Imaging.Visible;

/// <summary>
/// The Free plan's visible mark: "CelebGen" over the reference code, in white on a translucent dark pill, in the bottom-right
/// corner, sized from the image height. White-on-dark reads on both light and dark pictures, and a corner
/// keeps it off the face, which the generator centres.
/// </summary>
public sealed class VisibleWatermarkPainter
{
    public const string ProductName = "CelebGen";

    /// <summary>Returns a new bitmap with the mark drawn; the input is left untouched.</summary>
    public SKBitmap Apply(SKBitmap image, ImageReference reference)
    {
        var result = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.DrawBitmap(image, 0, 0);
        var layout = Layout(image.Width, image.Height, reference);
        using var pill = new SKPaint { Color = new SKColor(0, 0, 0, 115), IsAntialias = true };
        canvas.DrawRoundRect(layout.Pill, layout.Pill.Height / 2, layout.Pill.Height / 2, pill);
        using var text = new SKPaint { Color = new SKColor(255, 255, 255, 230), IsAntialias = true };
        for (int i = 0; i < layout.Lines.Count; i++)
        {
            using var font = new SKFont(WatermarkFont.Typeface, layout.FontSize * LineScale[i]);
            canvas.DrawText(layout.Lines[i], layout.Baselines[i].X, layout.Baselines[i].Y, SKTextAlign.Left, font, text);
        }
        return result;
    }

    /// <summary>The product name on top, the reference code below it slightly smaller.</summary>
    private static readonly float[] LineScale = [1f, 0.8f];

    /// <summary>Where the mark goes for an image of this size (exposed so tests and the UI can reason about it).</summary>
    public static VisibleMarkLayout Layout(int width, int height, ImageReference reference)
    {
        string[] lines = [ProductName, reference.Code];
        float size = Math.Clamp(Math.Min(width, height) * 0.042f, 9f, 44f);
        var widths = new float[lines.Length];
        var heights = new float[lines.Length];
        var ascents = new float[lines.Length];
        for (int attempt = 0; attempt < 2; attempt++)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                using var font = new SKFont(WatermarkFont.Typeface, size * LineScale[i]);
                widths[i] = font.MeasureText(lines[i]);
                ascents[i] = -font.Metrics.Ascent;
                heights[i] = font.Metrics.Descent - font.Metrics.Ascent;
            }
            // Never wider than 40% of the image, so it stays clear of the centre on narrow pictures.
            if (widths.Max() <= width * 0.4f) break;
            size *= width * 0.4f / widths.Max();
        }
        float padX = size * 0.5f, padY = size * 0.25f, margin = Math.Max(2f, size * 0.5f);
        float pillWidth = widths.Max() + 2 * padX, pillHeight = heights.Sum() + 2 * padY;
        var pill = SKRect.Create(width - margin - pillWidth, height - margin - pillHeight, pillWidth, pillHeight);
        var baselines = new SKPoint[lines.Length];
        float top = pill.Top + padY;
        for (int i = 0; i < lines.Length; i++)
        {
            baselines[i] = new SKPoint(pill.Right - padX - widths[i], top + ascents[i]);
            top += heights[i];
        }
        return new VisibleMarkLayout(lines, size, pill, baselines);
    }
}

/// <summary>Geometry of a visible mark: its lines, base font size, background pill and one right-aligned baseline per line.</summary>
public sealed record VisibleMarkLayout(IReadOnlyList<string> Lines, float FontSize, SKRect Pill, IReadOnlyList<SKPoint> Baselines)
{
    public string Text => string.Join(" ", Lines);
}
