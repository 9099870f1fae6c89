using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Billing.Admin;

/// <summary>Admin-granted plans: give one with an expiry and a reason, list them, revoke one.</summary>
public sealed class ManualGrants(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<ManualPlanGrant> GrantAsync(string userId, PlanTier plan, DateTimeOffset expiresAt, string reason, string grantedBy, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (plan == PlanTier.Free)
            throw new BillingException("Free needs no grant; revoke the user's grants instead.");
        if (expiresAt <= now)
            throw new BillingException("Choose an expiry date in the future.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new BillingException("Give a reason, so other admins know why the plan was granted.");

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            throw new BillingException("That user no longer exists.");
        var grant = new ManualPlanGrant
        {
            UserId = userId, Plan = plan, ExpiresAt = expiresAt, Reason = reason.Trim(), GrantedBy = grantedBy, CreatedAt = now,
        };
        db.ManualPlanGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public async Task RevokeAsync(Guid grantId, string revokedBy, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var grant = await db.ManualPlanGrants.FirstOrDefaultAsync(g => g.Id == grantId, ct)
            ?? throw new BillingException("That grant no longer exists.");
        if (grant.RevokedAt is not null)
            return;
        grant.RevokedAt = clock.GetUtcNow();
        grant.RevokedBy = revokedBy;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Grants that still count (not revoked, not expired), newest expiry first.</summary>
    public async Task<IReadOnlyList<ManualPlanGrant>> ActiveForUserAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var grants = await db.ManualPlanGrants.AsNoTracking().Where(g => g.UserId == userId && g.RevokedAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return [.. grants.Where(g => g.IsActiveAt(now)).OrderByDescending(g => g.ExpiresAt)];
    }
}
