namespace CelebGen.Domain.Generation;

/// <summary>
/// What the generate page submits. With a <see cref="StyleId"/>, <see cref="Prompt"/> is the subject the
/// style is wrapped around; without one it is the whole prompt. Unset numbers take the model's defaults.
/// </summary>
public sealed record GenerationForm
{
    public const int MaxPromptLength = 1000;

    public string? StyleId { get; init; }
    public string Prompt { get; init; } = "";
    public string NegativePrompt { get; init; } = "";
    public long? Seed { get; init; }
    public int Count { get; init; } = 1;
    public int? Steps { get; init; }
    public double? Guidance { get; init; }
    public Guid? ReferencePhotoId { get; init; }
    public double? Strength { get; init; }
    public string? Model { get; init; }
}

/// <summary>The answer to a submission: the queued job, or why nothing was queued (and nothing charged).</summary>
public abstract record SubmitResult
{
    public sealed record Accepted(Guid JobId, long Seed) : SubmitResult;

    public sealed record Refused(string Message) : SubmitResult;
}
