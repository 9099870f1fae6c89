using CelebGen.Domain.Imaging.Hashing;

namespace CelebGen.Domain.Imaging.Verification;

/// <summary>What an uploaded image says about where it came from.</summary>
public sealed record VerificationReport(
    ImageReference? WatermarkReference,
    double WatermarkScore,
    IReadOnlyDictionary<string, string> Metadata,
    PerceptualHash Hash,
    int Width,
    int Height)
{
    /// <summary>The reference written in the XMP metadata, which survives re-saves less often than the watermark.</summary>
    public ImageReference? MetadataReference =>
        Metadata.TryGetValue("Reference code", out var code) && ImageReference.TryParse(code, out var reference) ? reference : null;
}

/// <summary>The outcome of reading an upload: its report, or why it could not be read, in words the admin can act on.</summary>
public abstract record VerificationResult
{
    public sealed record Read(VerificationReport Report) : VerificationResult;

    public sealed record Unreadable(string Message) : VerificationResult;
}
