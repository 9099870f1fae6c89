namespace CelebGen.Domain.Billing;

/// <summary>The <c>Billing</c> configuration section.</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>How long a past-due subscription keeps its paid plan (with a banner) before the user drops to Free.</summary>
    public int PastDueGraceDays { get; set; } = 3;

    public TimeSpan PastDueGrace => TimeSpan.FromDays(PastDueGraceDays);
}
