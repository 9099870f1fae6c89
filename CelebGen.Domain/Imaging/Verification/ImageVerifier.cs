using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Intake;
using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace CelebGen.Domain.Imaging.Verification;

/// <summary>
/// Reads an image of unknown origin: the invisible watermark (no original needed), the XMP provenance and
/// its perceptual hash. Used by the admin verify tool and by takedown matching.
/// </summary>
public sealed class ImageVerifier(InvisibleWatermarkDecoder decoder, PerceptualHasher hasher)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;

    public VerificationResult Verify(ReadOnlySpan<byte> file)
    {
        if (file.Length == 0)
        {
            return new VerificationResult.Unreadable("The file is empty.");
        }
        if (file.Length > MaxBytes)
        {
            return new VerificationResult.Unreadable($"The file is {file.Length / 1048576.0:0.0} MB; the verify tool takes up to {MaxBytes / 1048576} MB.");
        }
        if (PhotoFormatSniffer.Sniff(file) is null)
        {
            return new VerificationResult.Unreadable("This is not a JPEG, PNG or WebP image.");
        }
        using var data = SKData.CreateCopy(file);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return new VerificationResult.Unreadable("The image could not be read; it may be damaged.");
        }
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return new VerificationResult.Unreadable($"The image is {codec.Info.Width}x{codec.Info.Height}; the verify tool takes up to 40 megapixels.");
        }
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return new VerificationResult.Unreadable("The image could not be decoded; it may be damaged or cut off.");
        }
        var reading = decoder.Read(bitmap);
        return new VerificationResult.Read(new VerificationReport(reading.Reference, reading.Score, XmpPacketReader.Read(file), hasher.Compute(bitmap), bitmap.Width, bitmap.Height));
    }
}
