namespace CelebGen.Domain.Billing.Plans;

/// <summary>
/// The <c>Plans</c> configuration section. The defaults are the product's published plans, so an empty
/// configuration still runs; any key set in configuration overrides its default.
/// </summary>
public sealed class PlansOptions
{
    public const string Section = "Plans";

    public PlanSettings Free { get; set; } = new() { Name = "Free", DailyImages = 5, MaxImagesPerRequest = 1, VisibleWatermark = true };
    public PlanSettings Plus { get; set; } = new() { Name = "Plus", DailyImages = 100, MaxImagesPerRequest = 4, PriorityQueue = true, MonthlyPriceUsd = 9.99m };
    public PlanSettings Pro { get; set; } = new() { Name = "Pro", DailyImages = 500, MaxImagesPerRequest = 8, PriorityQueue = true, MonthlyPriceUsd = 29.99m };
}

public sealed class PlanSettings
{
    public string Name { get; set; } = "";
    public int DailyImages { get; set; }
    public int MaxImagesPerRequest { get; set; } = 1;
    public bool VisibleWatermark { get; set; }
    public bool PriorityQueue { get; set; }
    public decimal MonthlyPriceUsd { get; set; }

    /// <summary>The Stripe Price (<c>price_…</c>) a Checkout Session charges; empty for Free or when billing is not set up.</summary>
    public string? StripePriceId { get; set; }
}
