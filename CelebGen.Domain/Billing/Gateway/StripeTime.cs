namespace CelebGen.Domain.Billing.Gateway;

/// <summary>Stripe.net hands out times as UTC <see cref="DateTime"/>; the domain keeps <see cref="DateTimeOffset"/>.</summary>
internal static class StripeTime
{
    public static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
