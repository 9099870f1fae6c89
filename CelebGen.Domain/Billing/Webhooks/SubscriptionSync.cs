using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CelebGen.Domain.Billing.Webhooks;

/// <summary>Writes Stripe's current subscription state onto our row (inside the caller's transaction; it does not save).</summary>
public sealed class SubscriptionSync(PlanCatalog catalog)
{
    /// <returns>The outcome to store with the event.</returns>
    public async Task<string> ApplyAsync(AppDbContext db, SubscriptionChange change, DateTimeOffset eventCreated, DateTimeOffset now, CancellationToken ct)
    {
        var sub = change.Current;
        var userId = await FindUserAsync(db, sub, change.CheckoutUserId, ct);
        if (userId is null)
            return $"ignored: {sub.Id} belongs to customer {sub.CustomerId}, which is not linked to any CelebGen user";
        await LinkCustomerAsync(db, userId, sub.CustomerId, now, ct);

        var row = await db.BillingSubscriptions.FirstOrDefaultAsync(s => s.Id == sub.Id, ct);
        if (row is null)
        {
            row = new BillingSubscription { Id = sub.Id, UserId = userId, StripeCustomerId = sub.CustomerId, Status = sub.Status };
            db.BillingSubscriptions.Add(row);
        }

        var items = sub.Items?.Data ?? [];
        row.StripePriceId = items.FirstOrDefault()?.Price?.Id;
        row.Plan = catalog.FindByPriceId(row.StripePriceId)?.Tier;
        row.Status = sub.Status;
        // Since API version 2025-03-31 the billing period lives on each item, not on the subscription.
        row.CurrentPeriodEnd = items.Count > 0 ? StripeTime.ToOffset(items.Max(i => i.CurrentPeriodEnd)) : null;
        // The portal may cancel either "at period end" or at a set time; both mean "ends, no renewal".
        row.CancelAtPeriodEnd = sub.CancelAtPeriodEnd || sub.CancelAt is not null;
        row.PastDueSince = sub.Status == StripeSubscriptionStatus.PastDue ? row.PastDueSince ?? now : null;
        row.LastEventAt = eventCreated > row.LastEventAt ? eventCreated : row.LastEventAt;
        row.UpdatedAt = now;

        var plan = row.Plan?.ToString() ?? $"unknown price {row.StripePriceId} (treated as Free)";
        return $"applied {sub.Id} for user {userId}: {sub.Status}, {plan}";
    }

    private static async Task<string?> FindUserAsync(AppDbContext db, Subscription sub, string? checkoutUserId, CancellationToken ct)
    {
        var linked = await db.BillingCustomers.Where(c => c.StripeCustomerId == sub.CustomerId).Select(c => c.UserId).FirstOrDefaultAsync(ct);
        if (linked is not null)
            return linked;
        var fromMetadata = sub.Metadata?.GetValueOrDefault(BillingCustomers.UserIdMetadataKey);
        foreach (var candidate in new[] { checkoutUserId, fromMetadata })
        {
            if (!string.IsNullOrEmpty(candidate) && await db.Users.AnyAsync(u => u.Id == candidate, ct))
                return candidate;
        }
        return null;
    }

    private static async Task LinkCustomerAsync(AppDbContext db, string userId, string customerId, DateTimeOffset now, CancellationToken ct)
    {
        // One customer per user: a user who already has one keeps it.
        if (await db.BillingCustomers.AnyAsync(c => c.UserId == userId || c.StripeCustomerId == customerId, ct))
            return;
        db.BillingCustomers.Add(new BillingCustomer { UserId = userId, StripeCustomerId = customerId, CreatedAt = now });
    }
}
