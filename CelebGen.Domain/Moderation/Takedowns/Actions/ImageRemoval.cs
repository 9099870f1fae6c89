using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Storage;
using Microsoft.Extensions.Logging;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>
/// Removes images after a takedown: the row stays (the owner's gallery says why the image is gone, and the
/// request keeps its record) while every file is deleted. Image endpoints 404 for removed rows.
/// </summary>
public sealed class ImageRemoval(IBlobStore blobs, AuditLog audit, TimeProvider clock, ILogger<ImageRemoval> logger)
{
    public const string RemovedAction = "image.removed";

    /// <summary>Marks the images removed in <paramref name="db"/>, one audit entry each, for the caller to commit.</summary>
    internal void Mark(AppDbContext db, IEnumerable<GalleryImage> images, string actor, string reason, string trackingNumber)
    {
        var now = clock.GetUtcNow();
        foreach (var image in images)
        {
            image.RemovedAt = now;
            image.RemovalReason = reason.Length <= 500 ? reason : reason[..499] + "…";
            audit.Record(db, actor, RemovedAction, "GalleryImage", image.ReferenceCode, "visible", $"removed ({trackingNumber})", reason);
        }
    }

    /// <summary>Deletes the files once the removal is committed, so a failed delete never leaves a live row without its file.</summary>
    /// <returns>How many files could not be deleted (they are logged, and no longer served).</returns>
    internal async Task<int> PurgeAsync(IEnumerable<GalleryImage> images, CancellationToken ct)
    {
        var failures = 0;
        foreach (var key in images.SelectMany(i => GalleryKeys.All(i.UserId, i.Id)))
        {
            try
            {
                await blobs.DeleteAsync(key, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.LogError(ex, "Could not delete {Key} of a removed image", key);
            }
        }
        return failures;
    }
}
