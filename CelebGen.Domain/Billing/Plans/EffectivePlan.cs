namespace CelebGen.Domain.Billing.Plans;

/// <summary>Why a user has the plan they have.</summary>
public enum PlanSource
{
    /// <summary>No paid subscription or grant: the Free plan.</summary>
    Free,
    /// <summary>An active or trialing Stripe subscription.</summary>
    Subscription,
    /// <summary>A past-due subscription still inside the grace period; show a banner asking to fix payment.</summary>
    PastDueGrace,
    /// <summary>A plan an admin granted by hand.</summary>
    ManualGrant,
}

/// <summary>The plan that applies to a user at one instant, and why.</summary>
/// <param name="Until">
/// When this ends unless something changes: the subscription's current period end, the end of the grace
/// period, or the grant's expiry; null for Free.
/// </param>
public sealed record EffectivePlan(PlanDefinition Plan, PlanSource Source, DateTimeOffset? Until)
{
    public bool ShowPastDueBanner => Source == PlanSource.PastDueGrace;
}
