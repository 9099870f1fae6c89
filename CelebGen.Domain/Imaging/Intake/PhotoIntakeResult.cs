namespace CelebGen.Domain.Imaging.Intake;

public enum PhotoFormat { Jpeg, Png, WebP }

public enum PhotoRejection { Empty, TooLarge, UnsupportedType, Unreadable, Truncated, TooSmall, TooManyPixels }

/// <summary>Outcome of taking in one uploaded file: either the cleaned photo or a message the user can act on.</summary>
public abstract record PhotoIntakeResult(string FileName)
{
    public sealed record Accepted(string FileName, IntakePhoto Photo) : PhotoIntakeResult(FileName);

    public sealed record Rejected(string FileName, PhotoRejection Reason, string Message) : PhotoIntakeResult(FileName);
}

/// <summary>
/// A cleaned reference photo: upright, re-encoded (so no EXIF, GPS, XMP or ICC from the upload survives),
/// a normalised JPEG for the model, a JPEG thumbnail, and the SHA-256 of the uploaded bytes for exact-duplicate detection.
/// </summary>
public sealed record IntakePhoto(
    PhotoFormat OriginalFormat,
    string Sha256,
    byte[] Normalised,
    int Width,
    int Height,
    byte[] Thumbnail,
    int ThumbnailWidth,
    int ThumbnailHeight)
{
    public const string ContentType = "image/jpeg";
}
