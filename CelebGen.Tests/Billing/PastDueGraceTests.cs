using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

/// <summary>A failed renewal keeps the paid plan for the grace period (3 days here), then the user is on Free.</summary>
public sealed class PastDueGraceTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private readonly WebhookClient webhook = new(app);

    private Task<EffectivePlan> PlanAtAsync(string userId, DateTimeOffset at) =>
        app.WithServiceAsync<IPlanResolver, EffectivePlan>(r => r.GetEffectivePlanAsync(userId, at));

    [Fact]
    public async Task APaymentFailureGivesGraceThenFreeAndAPaidInvoiceRestoresThePlan()
    {
        var userId = await app.CreateUserAsync();
        var periodEnd = app.Clock.Now.AddDays(20);
        var active = StripeJson.Subscription("sub_grace", "cus_grace", "active", BillingAppFactory.PlusPrice, periodEnd, userIdMetadata: userId);
        app.Stripe.SetSubscription(active);
        await webhook.DeliverAsync(StripeJson.Event("evt_grace_1", "customer.subscription.created", active, app.Clock.Now));

        // The renewal fails a day later; Stripe marks the subscription past_due.
        app.Clock.Advance(TimeSpan.FromDays(1));
        var failedAt = app.Clock.Now;
        app.Stripe.SetSubscription(StripeJson.Subscription("sub_grace", "cus_grace", "past_due", BillingAppFactory.PlusPrice, periodEnd, userIdMetadata: userId));
        await webhook.DeliverAsync(StripeJson.Event("evt_grace_2", "invoice.payment_failed",
            StripeJson.Invoice("in_grace1", "cus_grace", "sub_grace", "open", 999, failedAt), failedAt));

        var inGrace = await PlanAtAsync(userId, failedAt);
        Assert.Equal((PlanTier.Plus, PlanSource.PastDueGrace, true), (inGrace.Plan.Tier, inGrace.Source, inGrace.ShowPastDueBanner));
        Assert.Equal(failedAt.AddDays(3), inGrace.Until);
        Assert.Equal(PlanTier.Plus, (await PlanAtAsync(userId, failedAt.AddDays(3).AddSeconds(-1))).Plan.Tier);
        var afterGrace = await PlanAtAsync(userId, failedAt.AddDays(3));
        Assert.Equal((PlanTier.Free, PlanSource.Free), (afterGrace.Plan.Tier, afterGrace.Source));

        // A second failure notice must not restart the grace period.
        app.Clock.Advance(TimeSpan.FromDays(2));
        await webhook.DeliverAsync(StripeJson.Event("evt_grace_3", "invoice.payment_failed",
            StripeJson.Invoice("in_grace1", "cus_grace", "sub_grace", "open", 999, failedAt), app.Clock.Now));
        Assert.Equal(failedAt.AddDays(3), (await PlanAtAsync(userId, app.Clock.Now)).Until);

        // The customer fixes the card; the invoice is paid and the subscription is active again.
        app.Stripe.SetSubscription(active);
        await webhook.DeliverAsync(StripeJson.Event("evt_grace_4", "invoice.paid",
            StripeJson.Invoice("in_grace1", "cus_grace", "sub_grace", "paid", 999, failedAt), app.Clock.Now));

        var restored = await PlanAtAsync(userId, app.Clock.Now.AddDays(5));
        Assert.Equal((PlanTier.Plus, PlanSource.Subscription), (restored.Plan.Tier, restored.Source));
        Assert.Null(await app.WithDbAsync(db => db.BillingSubscriptions.Where(s => s.Id == "sub_grace").Select(s => s.PastDueSince).SingleAsync()));
    }

    [Fact]
    public async Task AnInvoiceWithoutASubscriptionIsIgnored()
    {
        var invoice = StripeJson.Invoice("in_oneoff", "cus_oneoff", "sub_x", "paid", 500, app.Clock.Now);
        invoice.Remove("parent");

        var response = await webhook.DeliverAsync(StripeJson.Event("evt_oneoff", "invoice.paid", invoice, app.Clock.Now));

        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("ignored", await app.WithDbAsync(db => db.ProcessedStripeEvents.Where(e => e.EventId == "evt_oneoff").Select(e => e.Outcome).SingleAsync()));
    }
}
