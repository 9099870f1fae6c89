using Microsoft.Extensions.Options;
using Stripe;

namespace CelebGen.Domain.Billing.Gateway;

/// <summary>Builds the one Stripe.net client from configuration; asking for it without a secret key is a setup error.</summary>
public sealed class StripeClientProvider(IOptions<StripeOptions> options)
{
    private readonly Lazy<IStripeClient> client = new(() => Create(options.Value));

    public IStripeClient Client => client.Value;

    private static IStripeClient Create(StripeOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.SecretKey))
            throw new BillingNotConfiguredException();
        // Retries stay low: the webhook path must answer inside Stripe's timeout, and Stripe redelivers anyway.
        var http = new SystemNetHttpClient(httpClient: null, maxNetworkRetries: 1);
        return new StripeClient(o.SecretKey, httpClient: http, apiBase: string.IsNullOrWhiteSpace(o.ApiBase) ? null : o.ApiBase.TrimEnd('/'));
    }
}
