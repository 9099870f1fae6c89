namespace CelebGen.Domain.Billing.Plans;

/// <summary>
/// The single source of truth for "which plan does this user have now": subscriptions, the past-due grace
/// period and admin grants all meet here. The quota and the queue choice read only this.
/// </summary>
public interface IPlanResolver
{
    Task<EffectivePlan> GetEffectivePlanAsync(string userId, DateTimeOffset now, CancellationToken ct = default);
}
