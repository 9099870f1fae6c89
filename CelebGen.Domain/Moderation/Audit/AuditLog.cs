using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Audit;

/// <summary>Writes and reads the audit trail. There is deliberately no way to change or remove an entry.</summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>Adds an entry to <paramref name="db"/> so it commits in the same transaction as the action it records.</summary>
    public AuditEntry Record(AppDbContext db, string actor, string action, string targetType, string targetId, string? before = null, string? after = null, string? reason = null)
    {
        var entry = new AuditEntry { At = clock.GetUtcNow(), Actor = actor, Action = action, TargetType = targetType, TargetId = targetId, Before = before, After = after, Reason = reason };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            query = query.Where(e => e.Actor.Contains(filter.Actor));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            query = query.Where(e => e.TargetId.Contains(filter.Target));
        }
        return await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
    }
}

public sealed record AuditFilter(string? Actor = null, string? Action = null, string? Target = null);
