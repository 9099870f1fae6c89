namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>Configuration section <c>Takedowns</c>.</summary>
public sealed class TakedownOptions
{
    public const string Section = "Takedowns";

    /// <summary>Hours to act on intimate imagery and likeness requests.</summary>
    public int UrgentDeadlineHours { get; set; } = 48;

    /// <summary>Hours to act on copyright and other requests.</summary>
    public int StandardDeadlineHours { get; set; } = 168;

    public int MaxPerIpPerHour { get; set; } = 5;
    public int MaxPerEmailPerHour { get; set; } = 3;
    public long MaxEvidenceBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Actioned requests against one account that suspend it automatically; 0 turns this off.</summary>
    public int AutoSuspendAfter { get; set; } = 3;

    public TimeSpan DeadlineFor(TakedownCategory category) => TimeSpan.FromHours(
        category is TakedownCategory.IntimateImagery or TakedownCategory.LikenessWithoutConsent ? UrgentDeadlineHours : StandardDeadlineHours);
}
