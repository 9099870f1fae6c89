using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>Hair drawn over the head; long hair also has a back part that the renderer draws behind the head.</summary>
internal static class AvatarHair
{
    public static void Draw(SKCanvas c, HairStyle style, SKPaint paint)
    {
        using (paint)
        {
            DrawCap(c, paint);
            switch (style)
            {
                case HairStyle.Short:
                    c.DrawRect(new SKRect(0.29f, 0.35f, 0.33f, 0.45f), paint);
                    c.DrawRect(new SKRect(0.67f, 0.35f, 0.71f, 0.45f), paint);
                    break;
                case HairStyle.Long:
                    c.DrawRect(new SKRect(0.27f, 0.34f, 0.335f, 0.64f), paint);
                    c.DrawRect(new SKRect(0.665f, 0.34f, 0.73f, 0.64f), paint);
                    break;
                case HairStyle.Curly:
                    for (int i = 0; i <= 10; i++)
                    {
                        double a = Math.PI * (0.95 + 1.1 * i / 10.0);
                        c.DrawCircle(0.5f + 0.215f * (float)Math.Cos(a), 0.40f + 0.19f * (float)Math.Sin(a), 0.055f, paint);
                    }
                    break;
                case HairStyle.Spiky:
                    using (var path = new SKPath())
                    {
                        path.MoveTo(0.28f, 0.33f);
                        for (int i = 0; i < 6; i++)
                        {
                            float x0 = 0.28f + i * 0.44f / 6;
                            path.LineTo(x0 + 0.44f / 12, i % 2 == 0 ? 0.13f : 0.15f);
                            path.LineTo(x0 + 0.44f / 6, 0.26f);
                        }
                        path.LineTo(0.72f, 0.33f);
                        path.Close();
                        c.DrawPath(path, paint);
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(style));
            }
        }
    }

    // The part every style shares: the top half of an oval over the crown and forehead.
    private static void DrawCap(SKCanvas c, SKPaint paint)
    {
        using var path = new SKPath();
        path.AddArc(new SKRect(0.285f, 0.205f, 0.715f, 0.505f), 180, 180);
        path.Close();
        c.DrawPath(path, paint);
    }
}
