using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;

namespace CelebGen.Domain.Billing.Gateway;

/// <summary>Finds or creates the one Stripe customer of a user.</summary>
public sealed class BillingCustomers(IDbContextFactory<AppDbContext> dbFactory, StripeClientProvider stripe, TimeProvider clock)
{
    public const string UserIdMetadataKey = "celebgen_user_id";

    public async Task<string?> FindCustomerIdAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.BillingCustomers.Where(c => c.UserId == userId).Select(c => c.StripeCustomerId).FirstOrDefaultAsync(ct);
    }

    public async Task<string> EnsureCustomerIdAsync(string userId, CancellationToken ct = default)
    {
        if (await FindCustomerIdAsync(userId, ct) is { } existing)
            return existing;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new BillingException("Your account could not be found. Sign in again and retry.");

        // The idempotency key makes a double click (or two tabs) get the same customer back from Stripe
        // instead of creating two; the unique key on UserId settles any race on our side.
        var customer = await new CustomerService(stripe.Client).CreateAsync(
            new CustomerCreateOptions { Email = user.Email, Metadata = new() { [UserIdMetadataKey] = userId } },
            new RequestOptions { IdempotencyKey = $"celebgen-customer-{userId}" }, ct);

        db.BillingCustomers.Add(new BillingCustomer { UserId = userId, StripeCustomerId = customer.Id, CreatedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
            return customer.Id;
        }
        catch (DbUpdateException)
        {
            return await FindCustomerIdAsync(userId, ct)
                ?? throw new BillingException("Could not save your billing profile. Please try again.");
        }
    }
}
