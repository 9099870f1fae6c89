namespace CelebGen.Domain.Generation;

/// <summary>
/// One avatar in a user's gallery. The id is random (image URLs cannot be guessed); the reference is the
/// 48-bit id carried in the invisible watermark and the XMP, and the perceptual hash finds near-copies.
/// </summary>
public sealed class GalleryImage
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid JobId { get; init; }
    public required string UserId { get; init; }
    public int Index { get; init; }
    public long Seed { get; init; }
    public int Width { get; init; }
    public int Height { get; init; }
    public required long ReferenceId { get; init; }
    public required string ReferenceCode { get; init; }
    /// <summary>64 hex characters (256-bit PDQ-style hash).</summary>
    public required string PerceptualHash { get; init; }
    public bool HasVisibleMark { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when an admin removed it after a takedown request; the files are gone, the row stays as a record.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovalReason { get; set; }

    public string PngKey => GalleryKeys.Png(UserId, Id);
    public string ThumbnailKey => GalleryKeys.Thumbnail(UserId, Id);
}
