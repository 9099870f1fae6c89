using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Billing.Plans;

public sealed class PlanResolver(IDbContextFactory<AppDbContext> dbFactory, PlanCatalog catalog, IOptions<BillingOptions> options)
    : IPlanResolver
{
    public async Task<EffectivePlan> GetEffectivePlanAsync(string userId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Both lists are a handful of rows per user; the time comparisons run in memory because SQLite
        // cannot compare DateTimeOffset columns in SQL.
        var subscriptions = await db.BillingSubscriptions.AsNoTracking().Where(s => s.UserId == userId).ToListAsync(ct);
        var grants = await db.ManualPlanGrants.AsNoTracking().Where(g => g.UserId == userId && g.RevokedAt == null).ToListAsync(ct);
        return PlanResolution.Resolve(subscriptions, grants, now, options.Value.PastDueGrace, catalog);
    }
}
