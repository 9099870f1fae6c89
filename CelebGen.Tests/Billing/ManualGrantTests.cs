using CelebGen.Domain.Billing;
using CelebGen.Domain.Billing.Admin;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;

namespace CelebGen.Tests.Billing;

public sealed class ManualGrantTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private Task<EffectivePlan> PlanAtAsync(string userId, DateTimeOffset at) =>
        app.WithServiceAsync<IPlanResolver, EffectivePlan>(r => r.GetEffectivePlanAsync(userId, at));

    private Task<ManualPlanGrant> GrantAsync(string userId, PlanTier plan, DateTimeOffset expires, string reason = "press review") =>
        app.WithServiceAsync<ManualGrants, ManualPlanGrant>(g => g.GrantAsync(userId, plan, expires, reason, "admin@example.test"));

    [Fact]
    public async Task AGrantedPlanAppliesUntilItsExpiryThenFreeReturns()
    {
        var userId = await app.CreateUserAsync();
        var expires = app.Clock.Now.AddDays(14);

        await GrantAsync(userId, PlanTier.Pro, expires);

        var plan = await PlanAtAsync(userId, app.Clock.Now);
        Assert.Equal((PlanTier.Pro, PlanSource.ManualGrant, expires), (plan.Plan.Tier, plan.Source, plan.Until));
        Assert.Equal(PlanTier.Free, (await PlanAtAsync(userId, expires)).Plan.Tier);
    }

    [Fact]
    public async Task ARevokedGrantStopsCountingAtOnce()
    {
        var userId = await app.CreateUserAsync();
        var grant = await GrantAsync(userId, PlanTier.Plus, app.Clock.Now.AddDays(30));

        await app.WithServiceAsync<ManualGrants, bool>(async g => { await g.RevokeAsync(grant.Id, "admin@example.test"); return true; });

        Assert.Equal(PlanTier.Free, (await PlanAtAsync(userId, app.Clock.Now)).Plan.Tier);
        Assert.Empty(await app.WithServiceAsync<ManualGrants, IReadOnlyList<ManualPlanGrant>>(g => g.ActiveForUserAsync(userId)));
    }

    [Theory]
    [InlineData(PlanTier.Free, 5, "reason")]
    [InlineData(PlanTier.Plus, -1, "reason")]
    [InlineData(PlanTier.Plus, 5, " ")]
    public async Task AGrantNeedsAPaidPlanAFutureExpiryAndAReason(PlanTier plan, int days, string reason)
    {
        var userId = await app.CreateUserAsync();

        await Assert.ThrowsAsync<BillingException>(() => GrantAsync(userId, plan, app.Clock.Now.AddDays(days), reason));
    }

    [Fact]
    public async Task TheAdminDirectoryFindsUsersByEmailWithTheirPlan()
    {
        var userId = await app.CreateUserAsync("findme-grant@example.test");
        await GrantAsync(userId, PlanTier.Plus, app.Clock.Now.AddDays(3));

        var rows = await app.WithServiceAsync<UserPlanDirectory, IReadOnlyList<UserPlanRow>>(d => d.SearchAsync("FINDME-grant"));

        var row = Assert.Single(rows);
        Assert.Equal(("findme-grant@example.test", PlanTier.Plus), (row.Email, row.Plan.Plan.Tier));
    }
}
