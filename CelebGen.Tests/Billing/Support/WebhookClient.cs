using System.Net;
using System.Text;

namespace CelebGen.Tests.Billing.Support;

/// <summary>Posts webhook deliveries to the app the way Stripe does.</summary>
public sealed class WebhookClient(BillingAppFactory app)
{
    private readonly HttpClient http = app.CreateClient();

    public Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return http.SendAsync(request);
    }

    /// <summary>Signs with the app's secret at the app's current time, as a fresh delivery.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string payload) =>
        PostAsync(payload, StripeSignature.Header(payload, BillingAppFactory.WebhookSecret, app.Clock.Now));

    public async Task<HttpStatusCode> DeliverStatusAsync(string payload) => (await DeliverAsync(payload)).StatusCode;
}
