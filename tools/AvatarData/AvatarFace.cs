using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>Eyes, eyebrows, mouth and glasses.</summary>
internal static class AvatarFace
{
    private static readonly float[] EyeX = [0.435f, 0.565f];
    private const float EyeY = 0.46f;

    public static void Draw(SKCanvas c, AvatarSpec s, AvatarBrush brush)
    {
        foreach (var x in EyeX)
        {
            using (var white = brush.Fill(AvatarPart.Eye, SKColors.White)) c.DrawOval(x, EyeY, 0.034f, 0.027f, white);
            using (var iris = brush.Fill(AvatarPart.Eye, Palette.Eye(s.Eyes))) c.DrawCircle(x, EyeY, 0.019f, iris);
            using (var pupil = brush.Fill(AvatarPart.Eye, new SKColor(15, 15, 20))) c.DrawCircle(x, EyeY, 0.008f, pupil);
            using var brow = brush.Stroke(AvatarPart.Hair, Palette.Rgb(s.HairColour), 0.014f);
            c.DrawLine(x - 0.03f, 0.412f, x + 0.03f, 0.408f, brow);
        }
        DrawMouth(c, s.Expression, brush);
        DrawGlasses(c, s.Glasses, brush);
    }

    private static void DrawMouth(SKCanvas c, Expression e, AvatarBrush brush)
    {
        var lips = new SKColor(150, 40, 50);
        switch (e)
        {
            case Expression.Smiling:
                using (var p = brush.Stroke(AvatarPart.Mouth, lips, 0.016f))
                using (var path = new SKPath())
                {
                    path.MoveTo(0.44f, 0.555f);
                    path.QuadTo(0.5f, 0.62f, 0.56f, 0.555f);
                    c.DrawPath(path, p);
                }
                break;
            case Expression.Serious:
                using (var p = brush.Stroke(AvatarPart.Mouth, lips, 0.016f)) c.DrawLine(0.455f, 0.575f, 0.545f, 0.575f, p);
                break;
            case Expression.Surprised:
                using (var p = brush.Fill(AvatarPart.Mouth, lips)) c.DrawOval(0.5f, 0.58f, 0.024f, 0.032f, p);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e));
        }
    }

    private static void DrawGlasses(SKCanvas c, Glasses g, AvatarBrush brush)
    {
        if (g == Glasses.None) return;
        var frame = new SKColor(40, 40, 48);
        using var stroke = brush.Stroke(AvatarPart.Glasses, frame, 0.012f);
        foreach (var x in EyeX)
        {
            switch (g)
            {
                case Glasses.Round: c.DrawCircle(x, EyeY, 0.048f, stroke); break;
                case Glasses.Square: c.DrawRect(new SKRect(x - 0.05f, EyeY - 0.04f, x + 0.05f, EyeY + 0.04f), stroke); break;
                case Glasses.Sunglasses:
                    using (var fill = brush.Fill(AvatarPart.Glasses, new SKColor(20, 20, 26)))
                        c.DrawRoundRect(new SKRect(x - 0.052f, EyeY - 0.035f, x + 0.052f, EyeY + 0.04f), 0.02f, 0.02f, fill);
                    break;
                default: throw new ArgumentOutOfRangeException(nameof(g));
            }
        }
        c.DrawLine(EyeX[0] + 0.045f, EyeY - 0.01f, EyeX[1] - 0.045f, EyeY - 0.01f, stroke);
    }
}
