using CelebGen.Domain.Billing;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

public sealed class CheckoutAndPortalTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private static readonly Uri AppBase = new("https://celebgen.test/");

    private Task<string> CheckoutAsync(string userId, PlanTier tier) =>
        app.WithServiceAsync<CheckoutService, string>(c => c.StartCheckoutAsync(userId, tier, AppBase));

    [Fact]
    public async Task UpgradeCreatesASubscriptionCheckoutSessionForTheUsersCustomer()
    {
        app.Stripe.Reset();
        var userId = await app.CreateUserAsync("buyer@example.test");

        var url = await CheckoutAsync(userId, PlanTier.Plus);

        Assert.Equal("https://checkout.stripe.test/c/pay/cs_test_fake", url);
        var customer = Assert.Single(app.Stripe.Requests, r => r.Path == "/v1/customers");
        Assert.Equal("buyer@example.test", customer.Form["email"]);
        Assert.Equal(userId, customer.Form["metadata[celebgen_user_id]"]);
        Assert.Equal($"celebgen-customer-{userId}", customer.IdempotencyKey);

        var session = Assert.Single(app.Stripe.Requests, r => r.Path == "/v1/checkout/sessions").Form;
        Assert.Equal("subscription", session["mode"]);
        Assert.Equal(BillingAppFactory.PlusPrice, session["line_items[0][price]"]);
        Assert.Equal("1", session["line_items[0][quantity]"]);
        Assert.Equal(await CustomerIdOfAsync(userId), session["customer"]);
        Assert.Equal(userId, session["client_reference_id"]);
        Assert.Equal("https://celebgen.test/billing/success?session_id={CHECKOUT_SESSION_ID}", session["success_url"]);
        Assert.Equal("https://celebgen.test/pricing?canceled=1", session["cancel_url"]);
        Assert.Equal(userId, session["subscription_data[metadata][celebgen_user_id]"]);
    }

    [Fact]
    public async Task TheStripeCustomerIsCreatedOnceAndReused()
    {
        app.Stripe.Reset();
        var userId = await app.CreateUserAsync();

        await CheckoutAsync(userId, PlanTier.Plus);
        await CheckoutAsync(userId, PlanTier.Pro);

        Assert.Single(app.Stripe.Requests, r => r.Path == "/v1/customers");
        var sessions = app.Stripe.Requests.Where(r => r.Path == "/v1/checkout/sessions").ToList();
        Assert.Equal(2, sessions.Count);
        Assert.Equal(sessions[0].Form["customer"], sessions[1].Form["customer"]);
        Assert.Equal(BillingAppFactory.ProPrice, sessions[1].Form["line_items[0][price]"]);
    }

    [Fact]
    public async Task AUserWithARunningSubscriptionIsSentToTheBillingPortalInsteadOfASecondCheckout()
    {
        var userId = await app.CreateUserAsync();
        await app.WithDbAsync(async db =>
        {
            db.BillingCustomers.Add(new BillingCustomer { UserId = userId, StripeCustomerId = "cus_running", CreatedAt = app.Clock.Now });
            db.BillingSubscriptions.Add(new BillingSubscription { Id = "sub_running", UserId = userId, StripeCustomerId = "cus_running", Status = "active", Plan = PlanTier.Plus });
            return await db.SaveChangesAsync();
        });
        app.Stripe.Reset();

        var error = await Assert.ThrowsAsync<BillingException>(() => CheckoutAsync(userId, PlanTier.Pro));

        Assert.Contains("Manage billing", error.Message);
        Assert.Empty(app.Stripe.Requests);
    }

    [Fact]
    public async Task ManageBillingOpensAPortalSessionForTheUsersCustomerWithAReturnUrl()
    {
        var userId = await app.CreateUserAsync();
        await CheckoutAsync(userId, PlanTier.Plus);
        app.Stripe.Reset();

        var url = await app.WithServiceAsync<CheckoutService, string>(c => c.OpenPortalAsync(userId, new Uri(AppBase, "billing")));

        Assert.Equal("https://billing.stripe.test/p/session/bps_fake", url);
        var portal = Assert.Single(app.Stripe.Requests, r => r.Path == "/v1/billing_portal/sessions").Form;
        Assert.Equal(await CustomerIdOfAsync(userId), portal["customer"]);
        Assert.Equal("https://celebgen.test/billing", portal["return_url"]);
    }

    [Fact]
    public async Task ManageBillingWithoutACustomerSaysToPickAPlanFirst()
    {
        var userId = await app.CreateUserAsync();

        var error = await Assert.ThrowsAsync<BillingException>(() =>
            app.WithServiceAsync<CheckoutService, string>(c => c.OpenPortalAsync(userId, new Uri(AppBase, "billing"))));

        Assert.Contains("Pricing", error.Message);
    }

    [Fact]
    public async Task RecentInvoicesComeFromStripeWithTheirHostedLinks()
    {
        var userId = await app.CreateUserAsync();
        await CheckoutAsync(userId, PlanTier.Plus);
        var customerId = await CustomerIdOfAsync(userId);
        app.Stripe.SetInvoices(customerId, StripeJson.Invoice("in_0001", customerId, "sub_inv", "paid", 999, app.Clock.Now));

        var invoices = await app.WithServiceAsync<InvoiceQuery, IReadOnlyList<InvoiceSummary>>(q => q.RecentAsync(userId));

        var invoice = Assert.Single(invoices);
        Assert.Equal(("9.99 USD", "paid", "https://invoice.stripe.test/i/in_0001"), (invoice.DisplayAmount, invoice.Status, invoice.HostedUrl));
        Assert.Equal(customerId, app.Stripe.Requests.Last(r => r.Path == "/v1/invoices").Form["customer"]);
    }

    private Task<string> CustomerIdOfAsync(string userId) =>
        app.WithDbAsync(db => db.BillingCustomers.Where(c => c.UserId == userId).Select(c => c.StripeCustomerId).SingleAsync());
}
