using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Provenance;
using CelebGen.Domain.Imaging.Visible;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace CelebGen.Domain.Imaging;

/// <summary>
/// The last step of every generation: visible mark (Free plan only), invisible mark carrying the reference id,
/// PNG with XMP provenance, and the perceptual hash of exactly what is stored.
/// </summary>
public sealed class GeneratedImageFinisher(
    InvisibleWatermarkEncoder invisible,
    VisibleWatermarkPainter visible,
    PerceptualHasher hasher,
    TimeProvider time)
{
    public FinishedImage Finish(SKBitmap image, ImageReference reference, bool withVisibleMark)
    {
        using var visiblyMarked = withVisibleMark ? visible.Apply(image, reference) : null;
        // The invisible mark goes last so the visible one cannot disturb its coefficients.
        using var marked = invisible.Embed(visiblyMarked ?? image, reference, out bool verified);
        var record = new ProvenanceRecord(reference, time.GetUtcNow());
        var png = ProvenanceEncoder.EncodePng(marked, record);
        return new FinishedImage(png, hasher.Compute(marked), reference, record.CreatedAt, marked.Width, marked.Height, withVisibleMark, verified);
    }
}

/// <summary>
/// A finished output: PNG bytes (with XMP), its perceptual hash and reference, ready to store.
/// <see cref="InvisibleMarkVerified"/> is false for the rare picture whose invisible mark did not pass the
/// encoder's own read-back check (it still carries its reference code in the XMP and its hash).
/// </summary>
public sealed record FinishedImage(
    byte[] Png,
    PerceptualHash PerceptualHash,
    ImageReference Reference,
    DateTimeOffset CreatedAt,
    int Width,
    int Height,
    bool HasVisibleMark,
    bool InvisibleMarkVerified)
{
    public const string ContentType = "image/png";
}
