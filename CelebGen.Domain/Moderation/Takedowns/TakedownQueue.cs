using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>One row of the admin queue.</summary>
public sealed record TakedownQueueItem(
    string TrackingNumber, TakedownCategory Category, TakedownStatus Status, string ReporterName,
    DateTimeOffset CreatedAt, DateTimeOffset DueAt, bool Matching, int Matches, bool Overdue);

/// <param name="Statuses">Null for every status.</param>
public sealed record TakedownQueueFilter(IReadOnlyCollection<TakedownStatus>? Statuses = null, TakedownCategory? Category = null, bool NewestFirst = false)
{
    public static readonly IReadOnlyCollection<TakedownStatus> Open = [TakedownStatus.New, TakedownStatus.InReview];
}

/// <summary>The requests admins work through, oldest first by default: the oldest is the closest to its deadline.</summary>
public sealed class TakedownQueue(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<TakedownQueueItem>> ListAsync(TakedownQueueFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.TakedownRequests.AsNoTracking();
        if (filter.Statuses is { } statuses)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }
        if (filter.Category is { } category)
        {
            query = query.Where(r => r.Category == category);
        }
        query = filter.NewestFirst ? query.OrderByDescending(r => r.CreatedAt) : query.OrderBy(r => r.CreatedAt);
        var rows = await query.Take(PageSize)
            .Select(r => new { Request = r, Matches = db.TakedownMatches.Count(m => m.RequestId == r.Id) })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return [.. rows.Select(x => new TakedownQueueItem(
            x.Request.TrackingNumber, x.Request.Category, x.Request.Status, x.Request.ReporterName, x.Request.CreatedAt, x.Request.DueAt,
            x.Request.MatchedAt is null, x.Matches, x.Request.IsOverdueAt(now)))];
    }

    /// <summary>Open requests and how many of them are past their deadline, for the admin home page.</summary>
    public async Task<(int Open, int Overdue)> CountOpenAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = TakedownQueueFilter.Open;
        var now = clock.GetUtcNow();
        var dues = await db.TakedownRequests.AsNoTracking().Where(r => open.Contains(r.Status)).Select(r => r.DueAt).ToListAsync(ct);
        return (dues.Count, dues.Count(d => now > d));
    }
}
