using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Billing;

/// <summary>What the Billing page shows about a user: the plan that applies and the subscription behind it.</summary>
public sealed record BillingState(EffectivePlan Effective, BillingSubscription? Subscription, bool HasStripeCustomer);

public sealed class BillingOverview(IDbContextFactory<AppDbContext> dbFactory, IPlanResolver plans, TimeProvider clock)
{
    public async Task<BillingState> GetAsync(string userId, CancellationToken ct = default)
    {
        var effective = await plans.GetEffectivePlanAsync(userId, clock.GetUtcNow(), ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subscriptions = await db.BillingSubscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(ct);
        // The subscription worth showing is a running one if there is one, else the most recently touched.
        var shown = subscriptions
            .OrderByDescending(s => StripeSubscriptionStatus.IsOngoing(s.Status))
            .ThenByDescending(s => s.UpdatedAt)
            .FirstOrDefault();
        var hasCustomer = await db.BillingCustomers.AnyAsync(c => c.UserId == userId, ct);
        return new BillingState(effective, shown, hasCustomer);
    }
}
