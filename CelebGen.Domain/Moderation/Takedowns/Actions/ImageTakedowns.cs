using System.Security.Claims;
using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>
/// The two removals an admin can choose on a request: the matched images they ticked, or every image of a
/// matched image's job (the same prompt and seed family, usually just as harmful).
/// </summary>
public sealed class ImageTakedowns(DecisionRecorder decisions, ImageRemoval removal, Upholding upholding, ModerationMail mail)
{
    public Task<ModerationResult> RemoveMatchedImagesAsync(ClaimsPrincipal admin, string trackingNumber, IReadOnlyCollection<Guid> imageIds, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.RemoveMatchedImages, reason, async (db, start) =>
        {
            var matched = await db.TakedownMatches.Where(m => m.RequestId == start.Request!.Id).Select(m => m.ImageId).ToListAsync(ct);
            if (imageIds.Count == 0 || imageIds.Except(matched).Any())
            {
                return new ModerationResult.Refused("Choose one or more of the images matched to this request.");
            }
            var images = await db.GalleryImages.Where(i => imageIds.Contains(i.Id) && i.RemovedAt == null).ToListAsync(ct);
            return await RemoveAsync(db, start, TakedownAction.RemoveMatchedImages, images, ct);
        }, ct);

    public Task<ModerationResult> RemoveJobImagesAsync(ClaimsPrincipal admin, string trackingNumber, Guid jobId, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.RemoveJobImages, reason, async (db, start) =>
        {
            var matchedJob = await db.TakedownMatches.Where(m => m.RequestId == start.Request!.Id)
                .Join(db.GalleryImages, m => m.ImageId, i => i.Id, (m, i) => i.JobId).AnyAsync(j => j == jobId, ct);
            if (!matchedJob)
            {
                return new ModerationResult.Refused("Choose the job of one of the images matched to this request.");
            }
            var images = await db.GalleryImages.Where(i => i.JobId == jobId && i.RemovedAt == null).OrderBy(i => i.Index).ToListAsync(ct);
            return await RemoveAsync(db, start, TakedownAction.RemoveJobImages, images, ct);
        }, ct);

    internal async Task<ModerationResult> RemoveAsync(AppDbContext db, ActionStart start, TakedownAction action, List<GalleryImage> images, CancellationToken ct)
    {
        if (images.Count == 0)
        {
            return new ModerationResult.Refused("Those images were already removed.");
        }
        var codes = images.Select(i => i.ReferenceCode).ToList();
        var owners = images.Select(i => i.UserId).Distinct().ToList();
        removal.Mark(db, images, start.Actor, start.Reason, start.Request!.TrackingNumber);
        var what = $"removed {string.Join(", ", codes)}";
        await upholding.CommitAsync(db, start, action, what, owners, ct);

        var unpurged = await removal.PurgeAsync(images, ct);
        var told = await upholding.TellAsync(start, $"We removed {Plural(codes.Count)} made here ({string.Join(", ", codes)}).", owners,
            (email, userId) => mail.ImagesRemovedAsync(email, [.. images.Where(i => i.UserId == userId).Select(i => i.ReferenceCode)], start.Reason, ct), ct);
        return new ModerationResult.Done($"Removed {Plural(codes.Count)} ({string.Join(", ", codes)}). {told}"
            + (unpurged == 0 ? "" : $" {unpurged} files could not be deleted; they are no longer served, and the log names them."));
    }

    private static string Plural(int n) => n == 1 ? "1 image" : $"{n} images";
}
