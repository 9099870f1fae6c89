using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Suspension;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Billing.Admin;

/// <summary>A user as the admin users page lists them; <see cref="Suspension"/> is null for an active account.</summary>
public sealed record UserPlanRow(string UserId, string Email, DateTimeOffset CreatedAt, EffectivePlan Plan, SuspensionStatus? Suspension = null);

/// <summary>Finds users by email and shows the plan each has now, and whether the account is suspended.</summary>
public sealed class UserPlanDirectory(IDbContextFactory<AppDbContext> dbFactory, IPlanResolver plans, TimeProvider clock)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<UserPlanRow>> SearchAsync(string? emailContains, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(emailContains))
        {
            var term = emailContains.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail != null && u.NormalizedEmail.Contains(term));
        }
        var users = await query.OrderBy(u => u.NormalizedEmail).Take(PageSize).ToListAsync(ct);

        var now = clock.GetUtcNow();
        var rows = new List<UserPlanRow>(users.Count);
        foreach (var u in users)
            rows.Add(new UserPlanRow(u.Id, u.Email ?? "(no email)", u.CreatedAt, await plans.GetEffectivePlanAsync(u.Id, now, ct), SuspensionStatus.Of(u)));
        return rows;
    }
}
