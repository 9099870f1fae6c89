namespace CelebGen.Domain.Generation;

public enum GenerationStatus { Queued, Running, Succeeded, Failed, Canceled, Withheld }

/// <summary>
/// One request for avatars, and the record of it: the database row, not Hangfire's storage, says what
/// happened, so a restart loses nothing. <see cref="Units"/> is the quota it holds today: reserved while
/// queued or running, the images delivered once succeeded, zero once refunded.
/// </summary>
public sealed class GenerationJob
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public GenerationStatus Status { get; set; } = GenerationStatus.Queued;

    public required string Model { get; init; }
    public string? StyleId { get; init; }
    /// <summary>What the user typed (the subject in style mode, the whole prompt in free mode).</summary>
    public required string UserPrompt { get; init; }
    /// <summary>The prompt sent to the model after the style template was applied.</summary>
    public required string Prompt { get; init; }
    public string NegativePrompt { get; init; } = "";
    public long Seed { get; init; }
    public int Count { get; init; } = 1;
    public int Steps { get; init; }
    public double Guidance { get; init; }
    public Guid? ReferencePhotoId { get; init; }
    public double? Strength { get; init; }

    public required string Queue { get; init; }
    public required string PlanName { get; init; }
    public bool VisibleWatermark { get; init; }
    public int Units { get; set; }
    /// <summary>The UTC day whose quota this job counts against.</summary>
    public DateOnly QuotaDay { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int ProgressStep { get; set; }
    public int ProgressTotal { get; set; }
    /// <summary>Mean wall time of one step so far, for the ETA.</summary>
    public double? StepMilliseconds { get; set; }
    /// <summary>Why it failed, in words the user can act on; the log has the detail.</summary>
    public string? Error { get; set; }
    public bool CancelRequested { get; set; }
    public string? HangfireJobId { get; set; }

    public bool IsFinished => Status is GenerationStatus.Succeeded or GenerationStatus.Failed or GenerationStatus.Canceled or GenerationStatus.Withheld;
}
