using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Suspension;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>
/// Suspends an account once <see cref="TakedownOptions.AutoSuspendAfter"/> requests have been actioned against it.
/// The audit entry's actor is "system" and the suspension says so, so admins can tell it from their own.
/// </summary>
public sealed class AutoSuspension(IDbContextFactory<AppDbContext> dbFactory, AccountSuspensions suspensions, IOptions<TakedownOptions> options)
{
    /// <returns>The accounts it suspended just now.</returns>
    internal async Task<IReadOnlyList<AppUser>> ApplyAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var limit = options.Value.AutoSuspendAfter;
        if (limit <= 0 || userIds.Count == 0)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reached = await db.TakedownStrikes.Where(s => userIds.Contains(s.UserId))
            .GroupBy(s => s.UserId).Where(g => g.Count() >= limit).Select(g => g.Key).ToListAsync(ct);
        var suspended = new List<AppUser>();
        foreach (var user in await db.Users.Where(u => reached.Contains(u.Id) && u.SuspendedAt == null).ToListAsync(ct))
        {
            var requests = await db.TakedownStrikes.Where(s => s.UserId == user.Id)
                .Join(db.TakedownRequests, s => s.RequestId, r => r.Id, (s, r) => r.TrackingNumber).OrderBy(t => t).ToListAsync(ct);
            var reason = $"{requests.Count} takedown requests about images this account made were upheld ({string.Join(", ", requests)}); the limit is {limit}.";
            // Admin accounts are refused here and stay active: someone has to be able to lift suspensions.
            if (await suspensions.MarkSuspendedAsync(db, user, AuditEntry.System, reason, ct) is null)
            {
                suspended.Add(user);
            }
        }
        await db.SaveChangesAsync(ct);
        foreach (var user in suspended)
        {
            await suspensions.AfterSuspendedAsync(user, ct);
        }
        return suspended;
    }
}
