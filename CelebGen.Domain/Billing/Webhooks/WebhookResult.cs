namespace CelebGen.Domain.Billing.Webhooks;

public enum WebhookStatus
{
    /// <summary>Verified and handled now (applied or deliberately ignored); the outcome is stored.</summary>
    Processed,
    /// <summary>Verified, but this event id was handled before: a no-op.</summary>
    Duplicate,
    /// <summary>Missing, malformed, wrong or stale signature: nothing was read or changed.</summary>
    InvalidSignature,
    /// <summary>No webhook secret is configured, so nothing can be verified.</summary>
    NotConfigured,
}

public sealed record WebhookResult(WebhookStatus Status, string Detail);
