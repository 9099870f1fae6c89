namespace CelebGen.Domain.Billing.Plans;

/// <summary>What one plan allows and what it costs; built from the <c>Plans</c> configuration section.</summary>
public sealed record PlanDefinition(
    PlanTier Tier,
    string Name,
    int DailyImages,
    int MaxImagesPerRequest,
    bool VisibleWatermark,
    bool PriorityQueue,
    decimal MonthlyPriceUsd,
    string? StripePriceId)
{
    public bool IsPaid => Tier != PlanTier.Free;

    /// <summary>"$9.99/month", or "Free".</summary>
    public string DisplayPrice => IsPaid ? $"${MonthlyPriceUsd:0.00}/month" : "Free";
}
