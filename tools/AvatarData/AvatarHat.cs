using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>A cap (dome and a front brim) or a beanie (dome, folded band and pompom), over the hair.</summary>
internal static class AvatarHat
{
    public static void Draw(SKCanvas c, AvatarSpec s, AvatarBrush brush)
    {
        if (s.Hat == Hat.None) return;
        var colour = Palette.Rgb(s.HatColour);
        var shade = AvatarRenderer.Mix(colour, SKColors.Black, 0.3f);
        using var main = brush.Fill(AvatarPart.Hat, colour);
        using var dark = brush.Fill(AvatarPart.Hat, shade);
        using var dome = new SKPath();
        switch (s.Hat)
        {
            case Hat.Cap:
                dome.AddArc(new SKRect(0.28f, 0.16f, 0.72f, 0.46f), 180, 180);
                dome.Close();
                c.DrawPath(dome, main);
                c.DrawRoundRect(new SKRect(0.25f, 0.3f, 0.75f, 0.35f), 0.025f, 0.025f, dark);
                break;
            case Hat.Beanie:
                dome.AddArc(new SKRect(0.28f, 0.14f, 0.72f, 0.5f), 180, 180);
                dome.Close();
                c.DrawPath(dome, main);
                c.DrawRoundRect(new SKRect(0.27f, 0.29f, 0.73f, 0.36f), 0.02f, 0.02f, dark);
                c.DrawCircle(0.5f, 0.14f, 0.035f, dark);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(s));
        }
    }
}
