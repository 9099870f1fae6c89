using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Matching;
using CelebGen.Domain.Moderation.Suspension;
using CelebGen.Domain.Photos;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>Everything an admin weighs a request with: the report, each match with the job behind it, and each account's record.</summary>
public sealed record TakedownDetail(TakedownRequest Request, bool Overdue, IReadOnlyList<MatchedImage> Matches, IReadOnlyList<MatchedAccount> Accounts, IReadOnlyList<AuditEntry> History)
{
    public IReadOnlyList<TakedownAction> Actions => TakedownTransitions.AvailableIn(Request.Status);
}

/// <summary>A match; <see cref="Image"/> is null when the owner deleted the image after it was matched.</summary>
public sealed record MatchedImage(Guid ImageId, MatchKind Kind, int? HashDistance, GalleryImage? Image, GenerationJob? Job, int JobImagesLeft);

public sealed record MatchedAccount(
    string UserId, string? Email, bool IsAdmin, SuspensionStatus? Suspension, IReadOnlyList<ReferencePhoto> Photos, IReadOnlyList<EarlierRequest> EarlierActioned);

public sealed record EarlierRequest(string TrackingNumber, TakedownCategory Category, TakedownStatus Status, DateTimeOffset? ActionedAt);

public sealed class TakedownDetails(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxPhotosShown = 12;

    public async Task<TakedownDetail?> FindAsync(string trackingNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.TakedownRequests.AsNoTracking().FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, ct);
        if (request is null)
        {
            return null;
        }
        var matches = await db.TakedownMatches.AsNoTracking().Where(m => m.RequestId == request.Id).ToListAsync(ct);
        var imageIds = matches.Select(m => m.ImageId).ToList();
        var images = await db.GalleryImages.AsNoTracking().Where(i => imageIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var jobIds = images.Values.Select(i => i.JobId).Distinct().ToList();
        var jobs = await db.GenerationJobs.AsNoTracking().Where(j => jobIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, ct);
        var left = await db.GalleryImages.Where(i => jobIds.Contains(i.JobId) && i.RemovedAt == null)
            .GroupBy(i => i.JobId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        // Exact matches first: they need no judgement; look-alikes by distance.
        var matched = matches.OrderBy(m => m.Kind).ThenBy(m => m.HashDistance).Select(m =>
        {
            var image = images.GetValueOrDefault(m.ImageId);
            var job = image is null ? null : jobs.GetValueOrDefault(image.JobId);
            return new MatchedImage(m.ImageId, m.Kind, m.HashDistance, image, job, job is null ? 0 : left.GetValueOrDefault(job.Id));
        }).ToList();

        var accounts = new List<MatchedAccount>();
        foreach (var userId in images.Values.Select(i => i.UserId).Distinct())
        {
            accounts.Add(await AccountAsync(db, userId, request.Id, ct));
        }
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.TargetType == "TakedownRequest" && e.TargetId == trackingNumber).OrderBy(e => e.Id).ToListAsync(ct);
        return new TakedownDetail(request, request.IsOverdueAt(clock.GetUtcNow()), matched, accounts, history);
    }

    private static async Task<MatchedAccount> AccountAsync(AppDbContext db, string userId, Guid requestId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        var photos = await db.ReferencePhotos.AsNoTracking().Where(p => p.UserId == userId)
            .OrderByDescending(p => p.CreatedAt).Take(MaxPhotosShown).ToListAsync(ct);
        var earlier = await db.TakedownStrikes.AsNoTracking().Where(s => s.UserId == userId && s.RequestId != requestId)
            .Join(db.TakedownRequests, s => s.RequestId, r => r.Id, (s, r) => new EarlierRequest(r.TrackingNumber, r.Category, r.Status, r.ActionedAt))
            .ToListAsync(ct);
        var isAdmin = await Suspension.AccountSuspensions.IsAdminAsync(db, userId, ct);
        return new MatchedAccount(userId, user?.Email, isAdmin, user is null ? null : SuspensionStatus.Of(user), photos,
            [.. earlier.OrderByDescending(e => e.ActionedAt)]);
    }
}
