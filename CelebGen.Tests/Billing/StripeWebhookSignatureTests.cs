using System.Net;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

public sealed class StripeWebhookSignatureTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private readonly WebhookClient webhook = new(app);

    private async Task<string> ActiveProEventAsync(string eventId)
    {
        var userId = await app.CreateUserAsync();
        var sub = StripeJson.Subscription($"sub_{eventId}", $"cus_{eventId}", "active", BillingAppFactory.ProPrice, app.Clock.Now.AddDays(30), userIdMetadata: userId);
        app.Stripe.SetSubscription(sub);
        return StripeJson.Event(eventId, "customer.subscription.created", sub, app.Clock.Now);
    }

    private Task<int> StoredEventsAsync(string eventId) => app.WithDbAsync(db => db.ProcessedStripeEvents.CountAsync(e => e.EventId == eventId));

    [Fact]
    public async Task AValidlySignedEventIsAcceptedAndStored()
    {
        var payload = await ActiveProEventAsync("evt_sig_valid");

        var response = await webhook.DeliverAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await StoredEventsAsync("evt_sig_valid"));
    }

    [Fact]
    public async Task ATamperedBodyIsRejectedWithoutTouchingStripeOrTheDatabase()
    {
        var payload = await ActiveProEventAsync("evt_sig_tampered");
        var signature = StripeSignature.Header(payload, BillingAppFactory.WebhookSecret, app.Clock.Now);
        app.Stripe.Reset();

        var response = await webhook.PostAsync(payload.Replace("\"active\"", "\"trialing\""), signature);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredEventsAsync("evt_sig_tampered"));
        Assert.Empty(app.Stripe.Requests);
    }

    [Fact]
    public async Task ASignatureMadeWithAnotherSecretIsRejected()
    {
        var payload = await ActiveProEventAsync("evt_sig_wrong_secret");

        var response = await webhook.PostAsync(payload, StripeSignature.Header(payload, "whsec_someone_else", app.Clock.Now));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredEventsAsync("evt_sig_wrong_secret"));
    }

    [Fact]
    public async Task ASignatureOlderThanFiveMinutesIsRejectedAsAReplay()
    {
        var payload = await ActiveProEventAsync("evt_sig_stale");

        var response = await webhook.PostAsync(payload, StripeSignature.Header(payload, BillingAppFactory.WebhookSecret, app.Clock.Now.AddSeconds(-301)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await StoredEventsAsync("evt_sig_stale"));
    }

    [Fact]
    public async Task ASignatureJustInsideTheToleranceIsAccepted()
    {
        var payload = await ActiveProEventAsync("evt_sig_edge");

        var response = await webhook.PostAsync(payload, StripeSignature.Header(payload, BillingAppFactory.WebhookSecret, app.Clock.Now.AddSeconds(-299)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("t=abc,v1=nothex")]
    public async Task AMissingOrMalformedSignatureIsRejected(string? header)
    {
        var payload = await ActiveProEventAsync("evt_sig_missing_" + (header?.Length ?? -1));

        var response = await webhook.PostAsync(payload, header);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
