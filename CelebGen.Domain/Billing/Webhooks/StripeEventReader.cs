using CelebGen.Domain.Billing.Gateway;
using Stripe;
using Stripe.Checkout;

namespace CelebGen.Domain.Billing.Webhooks;

/// <summary>
/// Turns a verified event into the current subscription state by re-reading the subscription from the Stripe API.
/// Because every event is answered with Stripe's newest state, the order in which events arrive does not matter.
/// </summary>
public sealed class StripeEventReader(StripeClientProvider stripe)
{
    public static readonly IReadOnlySet<string> HandledTypes = new HashSet<string>
    {
        EventTypes.CheckoutSessionCompleted,
        EventTypes.CustomerSubscriptionCreated,
        EventTypes.CustomerSubscriptionUpdated,
        EventTypes.CustomerSubscriptionDeleted,
        EventTypes.InvoicePaid,
        EventTypes.InvoicePaymentFailed,
    };

    /// <returns>The change to apply, or null with the reason the event needs nothing from us.</returns>
    public async Task<(SubscriptionChange? Change, string? IgnoredBecause)> ReadAsync(Event stripeEvent, CancellationToken ct)
    {
        if (!HandledTypes.Contains(stripeEvent.Type))
            return (null, $"ignored: {stripeEvent.Type} is not an event CelebGen handles");

        var (subscriptionId, checkoutUserId) = stripeEvent.Data.Object switch
        {
            Session { Mode: "subscription" } s => (s.SubscriptionId, s.ClientReferenceId),
            Session => (null, null),
            Subscription s => (s.Id, null),
            Invoice i => (i.Parent?.SubscriptionDetails?.SubscriptionId, null),
            _ => ((string?)null, (string?)null),
        };
        if (string.IsNullOrEmpty(subscriptionId))
            return (null, "ignored: the event is not about a subscription");

        // Throws StripeException when Stripe cannot be reached; the caller answers 500 and Stripe redelivers.
        var current = await new SubscriptionService(stripe.Client).GetAsync(subscriptionId, cancellationToken: ct);
        return (new SubscriptionChange(current, checkoutUserId), null);
    }
}
