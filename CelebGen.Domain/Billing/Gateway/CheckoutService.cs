using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Stripe;
using PlanTier = CelebGen.Domain.Billing.Plans.PlanTier;
using Stripe.Checkout;

namespace CelebGen.Domain.Billing.Gateway;

/// <summary>Starts Stripe Checkout for a paid plan and opens the Customer Portal.</summary>
public sealed class CheckoutService(
    IDbContextFactory<AppDbContext> dbFactory,
    BillingReadiness readiness,
    PlanCatalog catalog,
    BillingCustomers customers,
    StripeClientProvider stripe)
{
    /// <summary>Creates a subscription Checkout Session and returns the Stripe-hosted URL to send the browser to.</summary>
    /// <param name="appBaseUrl">The app's absolute base URL, e.g. https://localhost:5001/.</param>
    public async Task<string> StartCheckoutAsync(string userId, PlanTier tier, Uri appBaseUrl, CancellationToken ct = default)
    {
        readiness.EnsureConfigured();
        var plan = catalog.Get(tier);
        if (!plan.IsPaid || plan.StripePriceId is null)
            throw new BillingException($"The {plan.Name} plan cannot be bought.");
        if (await HasOngoingSubscriptionAsync(userId, ct))
            throw new BillingException("You already have a subscription. Use \"Manage billing\" to change your plan or card.");

        var customerId = await customers.EnsureCustomerIdAsync(userId, ct);
        var baseUrl = appBaseUrl.ToString().TrimEnd('/');
        var session = await new SessionService(stripe.Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "subscription",
            Customer = customerId,
            ClientReferenceId = userId,
            LineItems = [new SessionLineItemOptions { Price = plan.StripePriceId, Quantity = 1 }],
            // Stripe fills in {CHECKOUT_SESSION_ID}; the success page still waits for the webhook before showing the plan.
            SuccessUrl = $"{baseUrl}/billing/success?session_id={{CHECKOUT_SESSION_ID}}",
            CancelUrl = $"{baseUrl}/pricing?canceled=1",
            SubscriptionData = new SessionSubscriptionDataOptions { Metadata = new() { [BillingCustomers.UserIdMetadataKey] = userId } },
        }, cancellationToken: ct);
        return session.Url;
    }

    /// <summary>Creates a Customer Portal session (change plan, card, cancel) and returns its URL.</summary>
    public async Task<string> OpenPortalAsync(string userId, Uri returnUrl, CancellationToken ct = default)
    {
        readiness.EnsureConfigured();
        var customerId = await customers.FindCustomerIdAsync(userId, ct)
            ?? throw new BillingException("You have no billing account yet. Choose a plan on the Pricing page first.");
        var portal = await new Stripe.BillingPortal.SessionService(stripe.Client).CreateAsync(
            new Stripe.BillingPortal.SessionCreateOptions { Customer = customerId, ReturnUrl = returnUrl.ToString() },
            cancellationToken: ct);
        return portal.Url;
    }

    private async Task<bool> HasOngoingSubscriptionAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var statuses = await db.BillingSubscriptions.Where(s => s.UserId == userId).Select(s => s.Status).ToListAsync(ct);
        return statuses.Any(StripeSubscriptionStatus.IsOngoing);
    }
}
