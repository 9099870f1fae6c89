using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CelebGen.Domain.Billing.Gateway;

/// <summary>
/// Stops billing a user whose account is being deleted. Call it before deleting the user row: the billing rows
/// go with the user (cascade), but Stripe would keep charging the card unless the subscriptions are canceled there.
/// </summary>
public sealed class BillingAccountClosure(IDbContextFactory<AppDbContext> dbFactory, StripeClientProvider stripe)
{
    /// <returns>The ids of the subscriptions canceled in Stripe.</returns>
    public async Task<IReadOnlyList<string>> CancelSubscriptionsAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subscriptions = await db.BillingSubscriptions.Where(s => s.UserId == userId).ToListAsync(ct);
        var running = subscriptions.Where(s => StripeSubscriptionStatus.IsOngoing(s.Status) || s.Status == "incomplete").ToList();
        if (running.Count == 0)
            return [];

        var service = new SubscriptionService(stripe.Client);
        foreach (var sub in running)
        {
            // Throws when Stripe cannot be reached, so the caller can refuse to delete an account that would go on being charged.
            var canceled = await service.CancelAsync(sub.Id, new SubscriptionCancelOptions { Prorate = false }, cancellationToken: ct);
            sub.Status = canceled.Status;
        }
        await db.SaveChangesAsync(ct);
        return [.. running.Select(s => s.Id)];
    }
}
