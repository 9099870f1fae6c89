using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Billing;

public sealed class PlanResolutionTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromDays(3);
    private readonly PlanCatalog catalog = new(Options.Create(new PlansOptions()));

    private static BillingSubscription Sub(string status, PlanTier? plan, DateTimeOffset? pastDueSince = null) => new()
    {
        Id = "sub_" + Guid.NewGuid().ToString("N"), UserId = "u", StripeCustomerId = "cus", Status = status, Plan = plan,
        CurrentPeriodEnd = Now.AddDays(15), PastDueSince = pastDueSince, UpdatedAt = Now,
    };

    private static ManualPlanGrant Grant(PlanTier plan, DateTimeOffset expires, DateTimeOffset? revoked = null) => new()
    {
        UserId = "u", Plan = plan, ExpiresAt = expires, GrantedBy = "admin", Reason = "test", RevokedAt = revoked,
    };

    private EffectivePlan Resolve(IEnumerable<BillingSubscription> subs, IEnumerable<ManualPlanGrant> grants, DateTimeOffset? at = null) =>
        PlanResolution.Resolve(subs, grants, at ?? Now, Grace, catalog);

    [Fact]
    public void NoSubscriptionAndNoGrantMeansFree()
    {
        var plan = Resolve([], []);
        Assert.Equal((PlanTier.Free, PlanSource.Free, (DateTimeOffset?)null), (plan.Plan.Tier, plan.Source, plan.Until));
        Assert.Equal((5, 1, true, false), (plan.Plan.DailyImages, plan.Plan.MaxImagesPerRequest, plan.Plan.VisibleWatermark, plan.Plan.PriorityQueue));
    }

    [Theory]
    [InlineData("active", PlanTier.Pro)]
    [InlineData("trialing", PlanTier.Pro)]
    [InlineData("canceled", PlanTier.Free)]
    [InlineData("unpaid", PlanTier.Free)]
    [InlineData("incomplete", PlanTier.Free)]
    [InlineData("incomplete_expired", PlanTier.Free)]
    [InlineData("paused", PlanTier.Free)]
    public void SubscriptionStatusesMapToPlans(string status, PlanTier expected) =>
        Assert.Equal(expected, Resolve([Sub(status, PlanTier.Pro)], []).Plan.Tier);

    [Fact]
    public void APriceOutsideTheCatalogueGivesNothing() =>
        Assert.Equal(PlanTier.Free, Resolve([Sub("active", plan: null)], []).Plan.Tier);

    [Fact]
    public void PastDueKeepsThePaidPlanUntilTheLastInstantOfGrace()
    {
        var sub = Sub("past_due", PlanTier.Plus, pastDueSince: Now);

        var during = Resolve([sub], [], Now + Grace - TimeSpan.FromTicks(1));
        Assert.Equal((PlanTier.Plus, PlanSource.PastDueGrace, Now + Grace), (during.Plan.Tier, during.Source, during.Until));
        Assert.True(during.ShowPastDueBanner);
        Assert.Equal(PlanTier.Free, Resolve([sub], [], Now + Grace).Plan.Tier);
    }

    [Fact]
    public void AGrantCountsUntilItsExpiryAndNotAfter()
    {
        var grant = Grant(PlanTier.Pro, Now.AddDays(7));

        var before = Resolve([], [grant], Now.AddDays(7).AddSeconds(-1));
        Assert.Equal((PlanTier.Pro, PlanSource.ManualGrant, Now.AddDays(7)), (before.Plan.Tier, before.Source, before.Until));
        Assert.Equal(PlanTier.Free, Resolve([], [grant], Now.AddDays(7)).Plan.Tier);
    }

    [Fact]
    public void ARevokedGrantCountsForNothing() =>
        Assert.Equal(PlanTier.Free, Resolve([], [Grant(PlanTier.Pro, Now.AddDays(7), revoked: Now.AddDays(-1))]).Plan.Tier);

    [Fact]
    public void TheHighestPlanWinsAcrossSubscriptionsAndGrants()
    {
        var plan = Resolve([Sub("active", PlanTier.Plus)], [Grant(PlanTier.Pro, Now.AddDays(2))]);
        Assert.Equal((PlanTier.Pro, PlanSource.ManualGrant), (plan.Plan.Tier, plan.Source));
    }

    [Fact]
    public void OnATieTheSubscriptionIsShownRatherThanTheGrantOrTheGrace()
    {
        var plan = Resolve([Sub("past_due", PlanTier.Plus, Now), Sub("active", PlanTier.Plus)], [Grant(PlanTier.Plus, Now.AddDays(2))]);
        Assert.Equal(PlanSource.Subscription, plan.Source);
    }

    [Fact]
    public void AGrantOutlastsAnExpiredGracePeriod()
    {
        var plan = Resolve([Sub("past_due", PlanTier.Pro, Now.AddDays(-10))], [Grant(PlanTier.Plus, Now.AddDays(2))]);
        Assert.Equal((PlanTier.Plus, PlanSource.ManualGrant), (plan.Plan.Tier, plan.Source));
    }
}
