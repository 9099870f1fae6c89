using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Gateway;

namespace CelebGen.Domain.Billing;

/// <summary>
/// Billing's part of "delete my account": cancel running Stripe subscriptions first. If Stripe cannot be
/// reached this throws, and the account is kept rather than deleted while its card would still be charged.
/// The billing rows themselves cascade with the user row.
/// </summary>
internal sealed class BillingUserEraser(BillingAccountClosure closure) : IUserDataEraser
{
    public Task EraseAsync(string userId, CancellationToken ct) => closure.CancelSubscriptionsAsync(userId, ct);
}
