namespace CelebGen.Domain.Generation.Quota;

/// <summary>A user's quota for one UTC day: what the plan allows, what is held, and when it resets.</summary>
public sealed record QuotaStatus(int DailyLimit, int Used, DateTimeOffset ResetsAt)
{
    public int Remaining => Math.Max(0, DailyLimit - Used);

    public bool Allows(int images) => images <= Remaining;

    /// <summary>The UTC day an instant counts against, and the instant that day's quota resets.</summary>
    public static (DateOnly Day, DateTimeOffset ResetsAt) DayOf(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        return (day, new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }
}
