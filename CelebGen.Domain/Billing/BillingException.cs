namespace CelebGen.Domain.Billing;

/// <summary>A billing action that cannot go ahead; the message is written for the user.</summary>
public class BillingException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class BillingNotConfiguredException() : BillingException(
    "Billing is not configured on this server. An administrator must set Stripe:SecretKey, Stripe:WebhookSecret and a Stripe price id for each paid plan.");
