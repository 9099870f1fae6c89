namespace CelebGen.Domain.Photos;

/// <summary>
/// A reference photo a user uploaded, after intake: upright, metadata stripped, stored as a normalised copy
/// for the model and a thumbnail. The id is random, so photo URLs cannot be guessed.
/// </summary>
public sealed class ReferencePhoto
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }

    /// <summary>The name the file had on the user's machine, shown back to them; never used as a path.</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the uploaded bytes: the same file twice is one photo.</summary>
    public required string Sha256 { get; init; }

    public int Width { get; init; }
    public int Height { get; init; }
    public int ThumbnailWidth { get; init; }
    public int ThumbnailHeight { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public string ModelImageKey => PhotoKeys.ModelImage(UserId, Id);
    public string ThumbnailKey => PhotoKeys.Thumbnail(UserId, Id);
}
