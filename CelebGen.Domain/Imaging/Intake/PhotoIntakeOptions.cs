namespace CelebGen.Domain.Imaging.Intake;

/// <summary>Limits for uploaded reference photos (configuration section "Imaging:Intake").</summary>
public sealed class PhotoIntakeOptions
{
    public const string Section = "Imaging:Intake";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    public int MinShortSide { get; set; } = 256;
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>The copy kept for the model: long side at most this many pixels, aspect kept (the engine crops).</summary>
    public int NormalisedLongSide { get; set; } = 1024;
    public int ThumbnailLongSide { get; set; } = 256;
    public int NormalisedJpegQuality { get; set; } = 92;
    public int ThumbnailJpegQuality { get; set; } = 80;
}
