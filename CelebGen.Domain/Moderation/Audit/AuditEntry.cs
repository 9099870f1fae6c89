namespace CelebGen.Domain.Moderation.Audit;

/// <summary>
/// One admin action or automatic decision. Append-only: nothing in the app updates or deletes these rows,
/// so the log is the record of who did what, when, and why.
/// </summary>
public sealed class AuditEntry
{
    public const string System = "system";

    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    /// <summary>The admin's email, or <see cref="System"/> for automatic decisions.</summary>
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string TargetType { get; init; }
    public required string TargetId { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? Reason { get; init; }
}
