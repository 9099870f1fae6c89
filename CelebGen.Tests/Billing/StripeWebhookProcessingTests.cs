using System.Net;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

public sealed class StripeWebhookProcessingTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private readonly WebhookClient webhook = new(app);

    private Task<EffectivePlan> PlanOfAsync(string userId) =>
        app.WithServiceAsync<IPlanResolver, EffectivePlan>(r => r.GetEffectivePlanAsync(userId, app.Clock.Now));

    private int SubscriptionReads(string subId) => app.Stripe.Requests.Count(r => r.Method == "GET" && r.Path == $"/v1/subscriptions/{subId}");

    [Fact]
    public void TheAppUsesTheTestDataFolder() =>
        Assert.True(File.Exists(Path.Combine(app.DataRoot, "celebgen.db")));

    [Fact]
    public async Task ACompletedCheckoutLinksTheCustomerAndGivesThePaidPlan()
    {
        var userId = await app.CreateUserAsync();
        app.Stripe.SetSubscription(StripeJson.Subscription("sub_checkout", "cus_checkout", "active", BillingAppFactory.ProPrice, app.Clock.Now.AddDays(30)));

        var status = await webhook.DeliverStatusAsync(StripeJson.Event("evt_checkout", "checkout.session.completed",
            StripeJson.CheckoutSession("cus_checkout", "sub_checkout", userId), app.Clock.Now));

        Assert.Equal(HttpStatusCode.OK, status);
        var plan = await PlanOfAsync(userId);
        Assert.Equal((PlanTier.Pro, PlanSource.Subscription), (plan.Plan.Tier, plan.Source));
        Assert.Equal(app.Clock.Now.AddDays(30).ToUnixTimeSeconds(), plan.Until?.ToUnixTimeSeconds());
        Assert.Equal(userId, await app.WithDbAsync(db => db.BillingCustomers.Where(c => c.StripeCustomerId == "cus_checkout").Select(c => c.UserId).SingleAsync()));
        var stored = await app.WithDbAsync(db => db.ProcessedStripeEvents.SingleAsync(e => e.EventId == "evt_checkout"));
        Assert.Equal("checkout.session.completed", stored.Type);
        Assert.StartsWith("applied sub_checkout", stored.Outcome);
    }

    [Fact]
    public async Task AReplayedEventIsANoOpThatNeitherCallsStripeNorChangesState()
    {
        var userId = await app.CreateUserAsync();
        var sub = StripeJson.Subscription("sub_replay", "cus_replay", "active", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        app.Stripe.SetSubscription(sub);
        var payload = StripeJson.Event("evt_replay", "customer.subscription.created", sub, app.Clock.Now);
        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(payload));
        var readsAfterFirst = SubscriptionReads("sub_replay");

        // Stripe has since canceled it, but a replay of the old event must not be processed again.
        app.Stripe.SetSubscription(StripeJson.Subscription("sub_replay", "cus_replay", "canceled", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(30)));
        var replay = await webhook.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(readsAfterFirst, SubscriptionReads("sub_replay"));
        Assert.Equal(1, await app.WithDbAsync(db => db.ProcessedStripeEvents.CountAsync(e => e.EventId == "evt_replay")));
        Assert.Equal(PlanTier.Plus, (await PlanOfAsync(userId)).Plan.Tier);
    }

    [Fact]
    public async Task AnUpdateArrivingBeforeTheCreateEndsOnTheNewestState()
    {
        var userId = await app.CreateUserAsync();
        var created = StripeJson.Subscription("sub_order", "cus_order", "incomplete", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        var upgraded = StripeJson.Subscription("sub_order", "cus_order", "active", BillingAppFactory.ProPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        app.Stripe.SetSubscription(upgraded);

        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(StripeJson.Event("evt_order_2", "customer.subscription.updated", upgraded, app.Clock.Now)));
        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(StripeJson.Event("evt_order_1", "customer.subscription.created", created, app.Clock.Now.AddMinutes(-2))));

        var row = await app.WithDbAsync(db => db.BillingSubscriptions.SingleAsync(s => s.Id == "sub_order"));
        Assert.Equal(("active", PlanTier.Pro), (row.Status, row.Plan));
        Assert.Equal(app.Clock.Now.ToUnixTimeSeconds(), row.LastEventAt.ToUnixTimeSeconds());
        Assert.Equal(PlanTier.Pro, (await PlanOfAsync(userId)).Plan.Tier);
    }

    [Fact]
    public async Task AStaleUpdateArrivingAfterTheDeletionDoesNotReviveThePlan()
    {
        var userId = await app.CreateUserAsync();
        var active = StripeJson.Subscription("sub_deleted", "cus_deleted", "active", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        app.Stripe.SetSubscription(StripeJson.Subscription("sub_deleted", "cus_deleted", "canceled", BillingAppFactory.PlusPrice, app.Clock.Now, userIdMetadata: userId));

        await webhook.DeliverAsync(StripeJson.Event("evt_del_2", "customer.subscription.deleted", active, app.Clock.Now));
        await webhook.DeliverAsync(StripeJson.Event("evt_del_1", "customer.subscription.updated", active, app.Clock.Now.AddMinutes(-5)));

        var plan = await PlanOfAsync(userId);
        Assert.Equal((PlanTier.Free, PlanSource.Free), (plan.Plan.Tier, plan.Source));
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("unpaid")]
    [InlineData("incomplete_expired")]
    [InlineData("incomplete")]
    public async Task EndedOrUnpaidSubscriptionsGiveTheFreePlan(string status)
    {
        var userId = await app.CreateUserAsync();
        var sub = StripeJson.Subscription($"sub_{status}", $"cus_{status}", status, BillingAppFactory.ProPrice, app.Clock.Now.AddDays(10), userIdMetadata: userId);
        app.Stripe.SetSubscription(sub);

        await webhook.DeliverAsync(StripeJson.Event($"evt_{status}", "customer.subscription.updated", sub, app.Clock.Now));

        Assert.Equal(PlanTier.Free, (await PlanOfAsync(userId)).Plan.Tier);
        Assert.Equal(status, await app.WithDbAsync(db => db.BillingSubscriptions.Where(s => s.Id == $"sub_{status}").Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task WhenStripeCannotBeReachedTheEndpointAnswers500AndStoresNothingSoTheRetryWorks()
    {
        var userId = await app.CreateUserAsync();
        var sub = StripeJson.Subscription("sub_outage", "cus_outage", "active", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        app.Stripe.SetSubscription(sub);
        var payload = StripeJson.Event("evt_outage", "customer.subscription.created", sub, app.Clock.Now);
        app.Stripe.Failing = true;

        var failed = await webhook.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProcessedStripeEvents.CountAsync(e => e.EventId == "evt_outage")));
        Assert.Equal(0, await app.WithDbAsync(db => db.BillingSubscriptions.CountAsync(s => s.Id == "sub_outage")));

        app.Stripe.Failing = false;
        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(payload));
        Assert.Equal(PlanTier.Plus, (await PlanOfAsync(userId)).Plan.Tier);
    }

    [Fact]
    public async Task ASubscriptionOfAnUnknownCustomerIsRecordedAsIgnored()
    {
        var sub = StripeJson.Subscription("sub_stranger", "cus_stranger", "active", BillingAppFactory.ProPrice, app.Clock.Now.AddDays(30));
        app.Stripe.SetSubscription(sub);

        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(StripeJson.Event("evt_stranger", "customer.subscription.created", sub, app.Clock.Now)));

        var stored = await app.WithDbAsync(db => db.ProcessedStripeEvents.SingleAsync(e => e.EventId == "evt_stranger"));
        Assert.StartsWith("ignored", stored.Outcome);
        Assert.Equal(0, await app.WithDbAsync(db => db.BillingSubscriptions.CountAsync(s => s.Id == "sub_stranger")));
    }

    [Fact]
    public async Task AnEventTypeCelebGenDoesNotHandleIsAcknowledgedAndRecorded()
    {
        var payload = StripeJson.Event("evt_other", "customer.created", new() { ["id"] = "cus_other", ["object"] = "customer" }, app.Clock.Now);

        Assert.Equal(HttpStatusCode.OK, await webhook.DeliverStatusAsync(payload));
        Assert.StartsWith("ignored", await app.WithDbAsync(db => db.ProcessedStripeEvents.Where(e => e.EventId == "evt_other").Select(e => e.Outcome).SingleAsync()));
    }
}
