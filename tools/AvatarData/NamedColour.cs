using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>A colour the captions name; its RGB is what the renderer paints and what the benchmark matches against.</summary>
public enum NamedColour { Red, Orange, Yellow, Green, Blue, Purple, Pink, Gray, White, Black, Brown, Blonde }

public static class Palette
{
    public static readonly NamedColour[] HairColours =
        [NamedColour.Black, NamedColour.Brown, NamedColour.Blonde, NamedColour.Red, NamedColour.White, NamedColour.Blue, NamedColour.Pink, NamedColour.Green];

    public static readonly NamedColour[] BackgroundColours =
        [NamedColour.Red, NamedColour.Orange, NamedColour.Yellow, NamedColour.Green, NamedColour.Blue, NamedColour.Purple, NamedColour.Pink, NamedColour.Gray, NamedColour.White];

    public static readonly NamedColour[] ShirtColours =
        [NamedColour.Red, NamedColour.Orange, NamedColour.Yellow, NamedColour.Green, NamedColour.Blue, NamedColour.Purple, NamedColour.White, NamedColour.Black];

    public static readonly NamedColour[] HatColours = [NamedColour.Red, NamedColour.Blue, NamedColour.Yellow, NamedColour.Black];

    /// <summary>The word a caption uses for the colour.</summary>
    public static string Word(NamedColour c) => c.ToString().ToLowerInvariant();

    public static SKColor Rgb(NamedColour c) => c switch
    {
        NamedColour.Red => new SKColor(214, 48, 49),
        NamedColour.Orange => new SKColor(240, 140, 30),
        NamedColour.Yellow => new SKColor(246, 214, 60),
        NamedColour.Green => new SKColor(60, 170, 80),
        NamedColour.Blue => new SKColor(50, 110, 220),
        NamedColour.Purple => new SKColor(140, 70, 190),
        NamedColour.Pink => new SKColor(240, 130, 190),
        NamedColour.Gray => new SKColor(140, 140, 145),
        NamedColour.White => new SKColor(240, 240, 236),
        NamedColour.Black => new SKColor(30, 28, 30),
        NamedColour.Brown => new SKColor(110, 66, 34),
        NamedColour.Blonde => new SKColor(236, 200, 110),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static SKColor Skin(SkinTone t) => t switch
    {
        SkinTone.Light => new SKColor(250, 218, 190),
        SkinTone.Tan => new SKColor(226, 176, 130),
        SkinTone.Brown => new SKColor(170, 112, 72),
        SkinTone.Dark => new SKColor(100, 64, 42),
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static SKColor Eye(EyeColour e) => e switch
    {
        EyeColour.Brown => new SKColor(100, 60, 30),
        EyeColour.Blue => new SKColor(40, 120, 230),
        EyeColour.Green => new SKColor(40, 160, 70),
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    /// <summary>The named colour (from <paramref name="candidates"/>) nearest to an RGB value, by Euclidean distance in RGB.</summary>
    public static NamedColour Nearest(SKColor c, IEnumerable<NamedColour> candidates) =>
        candidates.MinBy(n =>
        {
            var p = Rgb(n);
            int dr = p.Red - c.Red, dg = p.Green - c.Green, db = p.Blue - c.Blue;
            return dr * dr + dg * dg + db * db;
        });
}
