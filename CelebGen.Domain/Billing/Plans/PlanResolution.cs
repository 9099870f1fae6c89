using CelebGen.Domain.Billing.Entities;

namespace CelebGen.Domain.Billing.Plans;

/// <summary>The pure rule behind <see cref="IPlanResolver"/>: the highest plan among every claim valid at <c>now</c>.</summary>
public static class PlanResolution
{
    // On a tie between claims for the same plan, the one that tells the user the most useful thing wins.
    private static readonly PlanSource[] TiePreference = [PlanSource.Subscription, PlanSource.ManualGrant, PlanSource.PastDueGrace];

    public static EffectivePlan Resolve(
        IEnumerable<BillingSubscription> subscriptions,
        IEnumerable<ManualPlanGrant> grants,
        DateTimeOffset now,
        TimeSpan pastDueGrace,
        PlanCatalog catalog)
    {
        var claims = subscriptions.Select(s => FromSubscription(s, now, pastDueGrace, catalog))
            .Concat(grants.Where(g => g.IsActiveAt(now)).Select(g => new EffectivePlan(catalog.Get(g.Plan), PlanSource.ManualGrant, g.ExpiresAt)))
            .OfType<EffectivePlan>()
            .Where(c => c.Plan.IsPaid);

        return claims
            .OrderByDescending(c => c.Plan.Tier)
            .ThenBy(c => Array.IndexOf(TiePreference, c.Source))
            .ThenByDescending(c => c.Until)
            .FirstOrDefault()
            ?? new EffectivePlan(catalog.Free, PlanSource.Free, null);
    }

    private static EffectivePlan? FromSubscription(BillingSubscription s, DateTimeOffset now, TimeSpan grace, PlanCatalog catalog)
    {
        if (s.Plan is not { } tier)
            return null;
        switch (s.Status)
        {
            case StripeSubscriptionStatus.Active or StripeSubscriptionStatus.Trialing:
                return new EffectivePlan(catalog.Get(tier), PlanSource.Subscription, s.CurrentPeriodEnd);
            case StripeSubscriptionStatus.PastDue:
                var graceEnds = (s.PastDueSince ?? s.UpdatedAt) + grace;
                return now < graceEnds ? new EffectivePlan(catalog.Get(tier), PlanSource.PastDueGrace, graceEnds) : null;
            default:
                // canceled, unpaid, incomplete, incomplete_expired, paused: no paid plan.
                return null;
        }
    }
}
