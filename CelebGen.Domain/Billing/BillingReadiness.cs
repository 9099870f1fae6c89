using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Billing.Gateway;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Billing;

/// <summary>Whether Stripe billing can be used: secret key, webhook secret and a price id for every paid plan.</summary>
public sealed class BillingReadiness(IOptions<StripeOptions> stripe, PlanCatalog catalog)
{
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(stripe.Value.SecretKey)
        && !string.IsNullOrWhiteSpace(stripe.Value.WebhookSecret)
        && catalog.Paid.All(p => p.StripePriceId is not null);

    /// <summary>Throws when billing is not set up, so a caller never half-starts a Stripe flow.</summary>
    public void EnsureConfigured()
    {
        if (!IsConfigured)
            throw new BillingNotConfiguredException();
    }
}
