using System.Net;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

/// <summary>The app host without Stripe keys, as on a fresh install.</summary>
public sealed class UnconfiguredBillingApp : BillingAppFactory
{
    protected override bool BillingConfigured => false;
}

public sealed class StripeWebhookNotConfiguredTests(UnconfiguredBillingApp app) : IClassFixture<UnconfiguredBillingApp>
{
    [Fact]
    public async Task WithoutAWebhookSecretDeliveriesAreRefusedAndNothingIsStored()
    {
        var sub = StripeJson.Subscription("sub_nocfg", "cus_nocfg", "active", BillingAppFactory.ProPrice, app.Clock.Now.AddDays(30));
        var payload = StripeJson.Event("evt_nocfg", "customer.subscription.created", sub, app.Clock.Now);

        var response = await new WebhookClient(app).DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProcessedStripeEvents.CountAsync()));
        Assert.Empty(app.Stripe.Requests);
    }
}
