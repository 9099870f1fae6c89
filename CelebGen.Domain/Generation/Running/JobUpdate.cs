namespace CelebGen.Domain.Generation.Running;

/// <summary>What a page needs to redraw a job's progress; published in-process after every step and state change.</summary>
public sealed record JobUpdate(Guid JobId, GenerationStatus Status, int Step, int Total, double? StepMilliseconds, string? Error);
