using SkiaSharp;

namespace CelebGen.Domain.Imaging.Visible;

/// <summary>DejaVu Sans Bold, shipped as an embedded resource (Bitstream Vera licence in Fonts/).</summary>
internal static class WatermarkFont
{
    private const string ResourceName = "CelebGen.Imaging.DejaVuSans-Bold.ttf";
    private static readonly Lazy<SKTypeface> Loaded = new(Load);

    public static SKTypeface Typeface => Loaded.Value;

    private static SKTypeface Load()
    {
        using var stream = typeof(WatermarkFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font {ResourceName} is missing from CelebGen.Domain.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return SKTypeface.FromStream(copy) ?? throw new InvalidOperationException("The embedded watermark font could not be read.");
    }
}
