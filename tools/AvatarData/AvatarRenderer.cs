using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>
/// Draws an avatar with SkiaSharp in a unit square scaled to the requested size, front to back:
/// background, long hair behind the head, shirt and neck, head, hair, face details, glasses, hat.
/// The same drawing code makes the label map (no anti-aliasing, one grey level per <see cref="AvatarPart"/>).
/// </summary>
public static class AvatarRenderer
{
    public static SKBitmap Render(AvatarSpec spec, int size)
    {
        var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        Draw(canvas, spec, size, new AvatarBrush(labels: false));
        return bitmap;
    }

    /// <summary>Which part each pixel shows (row-major, <paramref name="size"/>²).</summary>
    public static AvatarRegions Regions(AvatarSpec spec, int size)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap)) Draw(canvas, spec, size, new AvatarBrush(labels: true));
        var labels = bitmap.Bytes;
        for (int i = 0; i < labels.Length; i++) labels[i] = (byte)((labels[i] + AvatarBrush.LabelStep / 2) / AvatarBrush.LabelStep);
        return new AvatarRegions(size, labels);
    }

    private static void Draw(SKCanvas c, AvatarSpec s, int size, AvatarBrush brush)
    {
        c.Scale(size);
        DrawBackground(c, s, brush);
        var hair = Palette.Rgb(s.HairColour);
        var skin = Palette.Skin(s.Skin);
        // Paints are disposed here rather than left to the finalizer thread: the trainer renders thousands of
        // avatars, and native objects freed on another thread were one suspect of its occasional crashes.
        using var hairPaint = brush.Fill(AvatarPart.Hair, hair);
        using var shirtPaint = brush.Fill(AvatarPart.Shirt, Palette.Rgb(s.Shirt));
        using var skinPaint = brush.Fill(AvatarPart.Skin, skin);
        if (s.HairStyle == HairStyle.Long)
            c.DrawRoundRect(new SKRect(0.27f, 0.22f, 0.73f, 0.78f), 0.12f, 0.12f, hairPaint);
        // Shirt and neck.
        c.DrawRoundRect(new SKRect(0.16f, 0.78f, 0.84f, 1.25f), 0.16f, 0.16f, shirtPaint);
        c.DrawRect(new SKRect(0.44f, 0.62f, 0.56f, 0.80f), skinPaint);
        // Ears, then the head.
        c.DrawCircle(0.305f, 0.47f, 0.035f, skinPaint);
        c.DrawCircle(0.695f, 0.47f, 0.035f, skinPaint);
        DrawHead(c, s.Face, skinPaint);
        AvatarHair.Draw(c, s.HairStyle, brush.Fill(AvatarPart.Hair, hair));
        AvatarFace.Draw(c, s, brush);
        AvatarHat.Draw(c, s, brush);
    }

    private static void DrawBackground(SKCanvas c, AvatarSpec s, AvatarBrush brush)
    {
        var colour = Palette.Rgb(s.Background);
        using var paint = brush.Fill(AvatarPart.Background, colour);
        using var shader = s.GradientBackground && !brush.Labels
            // Light at the top to a deeper shade of the same colour at the bottom: still reads as that colour.
            ? SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 1),
                [Mix(colour, SKColors.White, 0.35f), Mix(colour, SKColors.Black, 0.25f)], SKShaderTileMode.Clamp)
            : null;
        if (shader is not null) paint.Shader = shader;
        c.DrawRect(new SKRect(0, 0, 1, 1), paint);
    }

    private static void DrawHead(SKCanvas c, FaceShape face, SKPaint paint)
    {
        switch (face)
        {
            case FaceShape.Round: c.DrawCircle(0.5f, 0.46f, 0.2f, paint); break;
            case FaceShape.Oval: c.DrawOval(0.5f, 0.46f, 0.175f, 0.225f, paint); break;
            case FaceShape.Square: c.DrawRoundRect(new SKRect(0.315f, 0.25f, 0.685f, 0.67f), 0.07f, 0.07f, paint); break;
            default: throw new ArgumentOutOfRangeException(nameof(face));
        }
    }

    internal static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t), (byte)(a.Blue + (b.Blue - a.Blue) * t));
}
