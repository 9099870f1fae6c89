namespace CelebGen.Domain.Moderation.Policy;

/// <summary>A word or phrase the generate form refuses, in a category the refusal names (never the term itself).</summary>
public sealed class BlockedTerm
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Term { get; init; }
    public required string Category { get; init; }
    public required string AddedBy { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}
