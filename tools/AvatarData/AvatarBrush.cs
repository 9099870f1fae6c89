using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>Makes the paints for one drawing: real colours, or flat label grey levels for the label map.</summary>
internal sealed class AvatarBrush(bool labels)
{
    public const int LabelStep = 16;

    public bool Labels { get; } = labels;

    public SKPaint Fill(AvatarPart part, SKColor colour) => new()
    {
        Style = SKPaintStyle.Fill,
        IsAntialias = !Labels,
        Color = Labels ? Label(part) : colour,
    };

    public SKPaint Stroke(AvatarPart part, SKColor colour, float width) => new()
    {
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        IsAntialias = !Labels,
        Color = Labels ? Label(part) : colour,
    };

    private static SKColor Label(AvatarPart part)
    {
        byte v = (byte)((int)part * LabelStep);
        return new SKColor(v, v, v);
    }
}
