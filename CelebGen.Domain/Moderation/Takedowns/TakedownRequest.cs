namespace CelebGen.Domain.Moderation.Takedowns;

public enum ReporterRelationship { PersonShown, AuthorisedRepresentative, Other }

public enum TakedownCategory { LikenessWithoutConsent, IntimateImagery, Copyright, Other }

public enum TakedownStatus { New, InReview, Actioned, Rejected, Closed }

/// <summary>
/// A request, from anyone, to remove an image made here. The tracking number is what the reporter quotes;
/// the deadline comes from the category (intimate imagery and likeness are urgent).
/// </summary>
public sealed class TakedownRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string TrackingNumber { get; init; }
    public required string ReporterName { get; init; }
    public required string ReporterEmail { get; init; }
    public ReporterRelationship Relationship { get; init; }
    public TakedownCategory Category { get; init; }
    public string? ReferenceCode { get; init; }
    public string? SeenAtUrl { get; init; }
    public required string Description { get; init; }
    public required string Signature { get; init; }
    public string? EvidenceKey { get; init; }
    public required string ReporterIp { get; init; }
    public TakedownStatus Status { get; set; } = TakedownStatus.New;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset DueAt { get; init; }
    public DateTimeOffset? MatchedAt { get; set; }

    /// <summary>When an admin first acted on it. Kept after Close, so a closed request still counts as actioned.</summary>
    public DateTimeOffset? ActionedAt { get; set; }

    /// <summary>The latest decision: who made it, when, and the reason the reporter was sent.</summary>
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }

    /// <summary>Past its deadline while nobody has decided it yet.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => Status is TakedownStatus.New or TakedownStatus.InReview && now > DueAt;
}

/// <summary>An image made here that a request points to, and how it was found.</summary>
public sealed class TakedownMatch
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public Guid ImageId { get; init; }
    public Matching.MatchKind Kind { get; init; }
    public int? HashDistance { get; init; }
}
