using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Billing.Plans;

/// <summary>The plans on sale, read once from configuration.</summary>
public sealed class PlanCatalog
{
    private readonly Dictionary<PlanTier, PlanDefinition> plans;

    public PlanCatalog(IOptions<PlansOptions> options)
    {
        var o = options.Value;
        plans = new[] { Build(PlanTier.Free, o.Free), Build(PlanTier.Plus, o.Plus), Build(PlanTier.Pro, o.Pro) }
            .ToDictionary(p => p.Tier);
    }

    /// <summary>Free first, then by ascending tier.</summary>
    public IReadOnlyList<PlanDefinition> All => [.. plans.Values.OrderBy(p => p.Tier)];

    public IEnumerable<PlanDefinition> Paid => All.Where(p => p.IsPaid);

    public PlanDefinition Free => plans[PlanTier.Free];

    public PlanDefinition Get(PlanTier tier) => plans[tier];

    /// <summary>The paid plan a Stripe price belongs to, or null when the price is not one of ours.</summary>
    public PlanDefinition? FindByPriceId(string? priceId) =>
        string.IsNullOrEmpty(priceId) ? null : Paid.FirstOrDefault(p => p.StripePriceId == priceId);

    private static PlanDefinition Build(PlanTier tier, PlanSettings s)
    {
        if (s.DailyImages < 0 || s.MaxImagesPerRequest < 1)
            throw new InvalidOperationException($"Plans:{tier} needs DailyImages >= 0 and MaxImagesPerRequest >= 1.");
        return new PlanDefinition(tier, string.IsNullOrWhiteSpace(s.Name) ? tier.ToString() : s.Name, s.DailyImages,
            s.MaxImagesPerRequest, s.VisibleWatermark, s.PriorityQueue, s.MonthlyPriceUsd,
            string.IsNullOrWhiteSpace(s.StripePriceId) ? null : s.StripePriceId.Trim());
    }
}
