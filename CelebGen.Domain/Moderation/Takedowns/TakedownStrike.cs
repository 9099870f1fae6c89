namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>
/// An actioned request counted against one account: its images were removed or it was suspended because of
/// the request. Counting these per account is what suspends an account automatically.
/// </summary>
public sealed class TakedownStrike
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset At { get; init; }
}
