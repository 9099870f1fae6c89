namespace CelebGen.Domain.Moderation.Matching;

/// <summary>How an image of unknown origin was tied to one made here.</summary>
public enum MatchKind
{
    /// <summary>The invisible watermark decoded to this image's reference: exact.</summary>
    Watermark,

    /// <summary>The file's XMP, or a code the reporter typed, names this image's reference.</summary>
    ReferenceCode,

    /// <summary>The perceptual hash is within the match threshold: a near-copy, to be confirmed by a person.</summary>
    PerceptualHash,
}

/// <summary>A generated image that matches, with the job and account behind it.</summary>
public sealed record ImageMatch(
    Guid ImageId, Guid JobId, string UserId, string? OwnerEmail, string ReferenceCode, MatchKind Kind, int? HashDistance,
    DateTimeOffset CreatedAt, bool Removed);
