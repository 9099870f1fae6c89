namespace CelebGen.Domain.Billing.Plans;

/// <summary>Stripe's subscription status strings that change what a user gets.</summary>
public static class StripeSubscriptionStatus
{
    public const string Active = "active";
    public const string Trialing = "trialing";
    public const string PastDue = "past_due";
    public const string Canceled = "canceled";
    public const string Unpaid = "unpaid";
    public const string IncompleteExpired = "incomplete_expired";

    /// <summary>Statuses in which the customer still has (or is about to have) a running subscription, so a new Checkout would double-charge.</summary>
    public static bool IsOngoing(string status) => status is Active or Trialing or PastDue;
}
