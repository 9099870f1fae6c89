namespace CelebGen.Domain.Billing.Plans;

/// <summary>The plans CelebGen sells, in ascending order of what they allow (the order decides which plan wins).</summary>
public enum PlanTier
{
    Free = 0,
    Plus = 1,
    Pro = 2,
}
