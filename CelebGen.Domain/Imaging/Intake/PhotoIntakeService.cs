using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CelebGen.Domain.Imaging.Intake;

/// <summary>
/// Validates and cleans one uploaded reference photo. Cheap checks come first (size, magic bytes, then the
/// dimensions from the header via <see cref="SKCodec"/>, before any pixel is decoded), so a decompression
/// bomb costs nothing. Accepted photos are decoded, turned upright and re-encoded, which drops all metadata.
/// </summary>
public sealed class PhotoIntakeService(IOptions<PhotoIntakeOptions> options)
{
    private readonly PhotoIntakeOptions _options = options.Value;

    public PhotoIntakeResult Process(string fileName, ReadOnlyMemory<byte> upload)
    {
        var bytes = upload.Span;
        PhotoIntakeResult Reject(PhotoRejection reason, string message) => new PhotoIntakeResult.Rejected(fileName, reason, message);

        if (bytes.Length == 0) return Reject(PhotoRejection.Empty, $"{fileName} is empty (0 bytes). Choose the photo again.");
        if (bytes.Length > _options.MaxBytes)
            return Reject(PhotoRejection.TooLarge, $"{fileName} is {bytes.Length / 1048576.0:0.0} MB; the limit is {_options.MaxBytes / 1048576.0:0.#} MB. Export it smaller and try again.");
        if (PhotoFormatSniffer.Sniff(bytes) is not { } format)
            return Reject(PhotoRejection.UnsupportedType, $"{fileName} is not a JPEG, PNG or WebP image (whatever its name says). Save it in one of those formats.");

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return Reject(PhotoRejection.Unreadable, $"{fileName} could not be read as an image; it may be damaged. Try exporting it again.");
        var info = codec.Info;
        if ((long)info.Width * info.Height > _options.MaxPixels)
            return Reject(PhotoRejection.TooManyPixels, $"{fileName} is {info.Width}x{info.Height} ({info.Width * (long)info.Height / 1e6:0.#} megapixels); the limit is {_options.MaxPixels / 1e6:0.#}. Scale it down first.");
        if (Math.Min(info.Width, info.Height) < _options.MinShortSide)
            return Reject(PhotoRejection.TooSmall, $"{fileName} is {info.Width}x{info.Height}; photos need at least {_options.MinShortSide} px on the short side. Use a larger photo.");

        using var decoded = new SKBitmap(info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        var status = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (status == SKCodecResult.IncompleteInput)
            return Reject(PhotoRejection.Truncated, $"{fileName} is incomplete (the file was cut off). Upload it again.");
        if (status != SKCodecResult.Success)
            return Reject(PhotoRejection.Unreadable, $"{fileName} could not be decoded ({status}). Try exporting it again.");

        var upright = Orientation.Upright(decoded, codec.EncodedOrigin);
        try
        {
            var (normalised, width, height) = Encode(upright, _options.NormalisedLongSide, _options.NormalisedJpegQuality);
            var (thumbnail, thumbWidth, thumbHeight) = Encode(upright, _options.ThumbnailLongSide, _options.ThumbnailJpegQuality);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return new PhotoIntakeResult.Accepted(fileName, new IntakePhoto(format, sha, normalised, width, height, thumbnail, thumbWidth, thumbHeight));
        }
        finally
        {
            if (!ReferenceEquals(upright, decoded)) upright.Dispose();
        }
    }

    /// <summary>Shrinks to the long-side limit (never enlarges) and encodes a fresh JPEG: no metadata is carried over.</summary>
    private static (byte[] Bytes, int Width, int Height) Encode(SKBitmap bitmap, int longSide, int quality)
    {
        double scale = Math.Min(1.0, longSide / (double)Math.Max(bitmap.Width, bitmap.Height));
        int width = Math.Max(1, (int)Math.Round(bitmap.Width * scale)), height = Math.Max(1, (int)Math.Round(bitmap.Height * scale));
        using var resized = scale < 1 ? bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) : null;
        using var flat = Watermarking.Rgba.Flatten(resized ?? bitmap);
        using var encoded = flat.Encode(SKEncodedImageFormat.Jpeg, quality);
        return (encoded.ToArray(), width, height);
    }
}
