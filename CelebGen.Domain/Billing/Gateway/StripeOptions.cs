namespace CelebGen.Domain.Billing.Gateway;

/// <summary>The <c>Stripe</c> configuration section. Keep the keys in user-secrets or the environment, never in the repo.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary><c>sk_test_…</c> or <c>sk_live_…</c> (a restricted key works too).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The endpoint's signing secret, <c>whsec_…</c> (the Stripe CLI prints one for <c>stripe listen</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Overrides https://api.stripe.com; tests point it at a local server.</summary>
    public string? ApiBase { get; set; }
}
