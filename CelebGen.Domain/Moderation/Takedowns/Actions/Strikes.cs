using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>Counts an actioned request against the accounts it acted on, once per request and account.</summary>
internal static class Strikes
{
    public static async Task AddAsync(AppDbContext db, TakedownRequest request, IEnumerable<string> userIds, DateTimeOffset now, CancellationToken ct)
    {
        var known = await db.TakedownStrikes.Where(s => s.RequestId == request.Id).Select(s => s.UserId).ToListAsync(ct);
        db.TakedownStrikes.AddRange(userIds.Distinct().Except(known).Select(u => new TakedownStrike { RequestId = request.Id, UserId = u, At = now }));
    }
}
