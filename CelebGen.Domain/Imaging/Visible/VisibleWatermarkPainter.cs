using SkiaSharp;

namespace CelebGen.Domain.Imaging.Visible;

/// <summary>
/// The Free plan's visible mark: "CelebGen · CODE" in white on a translucent dark pill, in the bottom-right
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
        using var font = new SKFont(WatermarkFont.Typeface, layout.FontSize);
        using var text = new SKPaint { Color = new SKColor(255, 255, 255, 225), IsAntialias = true };
        canvas.DrawText(layout.Text, layout.Baseline.X, layout.Baseline.Y, SKTextAlign.Left, font, text);
        return result;
    }

    /// <summary>Where the mark goes for an image of this size (exposed so tests and the UI can reason about it).</summary>
    public static VisibleMarkLayout Layout(int width, int height, ImageReference reference)
    {
        string label = $"{ProductName} · {reference.Code}";
        float size = Math.Clamp(Math.Min(width, height) * 0.034f, 8f, 42f);
        using var font = new SKFont(WatermarkFont.Typeface, size);
        float textWidth = font.MeasureText(label);
        // Never wider than 60% of the image: shrink the text if a very narrow image needs it.
        if (textWidth > width * 0.6f)
        {
            size *= width * 0.6f / textWidth;
            font.Size = size;
            textWidth = font.MeasureText(label);
        }
        float padX = size * 0.55f, padY = size * 0.3f, margin = Math.Max(2f, size * 0.5f);
        var metrics = font.Metrics;
        float textHeight = metrics.Descent - metrics.Ascent;
        var pill = SKRect.Create(width - margin - textWidth - 2 * padX, height - margin - textHeight - 2 * padY,
            textWidth + 2 * padX, textHeight + 2 * padY);
        var baseline = new SKPoint(pill.Left + padX, pill.Top + padY - metrics.Ascent);
        return new VisibleMarkLayout(label, size, pill, baseline);
    }
}

/// <summary>Geometry of a visible mark: its text, font size, background pill and text baseline.</summary>
public sealed record VisibleMarkLayout(string Text, float FontSize, SKRect Pill, SKPoint Baseline);
