using Stripe;

namespace CelebGen.Domain.Billing.Webhooks;

/// <summary>
/// What an event means for us: the subscription as Stripe holds it now (re-read, not the event's copy) and,
/// for a completed Checkout, the user it was bought for.
/// </summary>
public sealed record SubscriptionChange(Subscription Current, string? CheckoutUserId);
