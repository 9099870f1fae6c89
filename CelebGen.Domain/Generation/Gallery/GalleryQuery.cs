using CelebGen.Domain.Data;
using CelebGen.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Generation.Gallery;

/// <summary>A user's images, newest first, a page at a time; served by the (UserId, CreatedAt) index.</summary>
public sealed class GalleryQuery(IDbContextFactory<AppDbContext> dbFactory, IBlobStore blobs)
{
    public const int DefaultPageSize = 24;

    public async Task<GalleryPage> PageAsync(string userId, int page, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = db.GalleryImages.AsNoTracking().Where(i => i.UserId == userId);
        var total = await mine.CountAsync(ct);
        var items = await mine
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Index)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.GenerationJobs, i => i.JobId, j => j.Id, (i, j) => new GalleryItem(
                i.Id, j.Id, i.ReferenceCode, i.Seed, i.Width, i.Height, i.CreatedAt, i.RemovedAt != null, i.RemovalReason,
                j.UserPrompt, j.StyleId, j.NegativePrompt, j.Model, j.Steps, j.Guidance, j.ReferencePhotoId, j.Strength))
            .ToListAsync(ct);
        return new GalleryPage(items, page, pageSize, total);
    }

    public async Task<IReadOnlyList<GalleryImage>> ForJobAsync(string userId, Guid jobId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.GalleryImages.AsNoTracking().Where(i => i.JobId == jobId && i.UserId == userId && i.RemovedAt == null)
            .OrderBy(i => i.Index).ToListAsync(ct);
    }

    /// <summary>The image if <paramref name="userId"/> owns it or is an admin, and it was not removed; otherwise null.</summary>
    public async Task<GalleryImage?> FindAsync(Guid imageId, string? userId, bool isAdmin, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var image = await db.GalleryImages.AsNoTracking().FirstOrDefaultAsync(i => i.Id == imageId && i.RemovedAt == null, ct);
        return image is not null && (isAdmin || image.UserId == userId) ? image : null;
    }

    public async Task<bool> DeleteAsync(string userId, Guid imageId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var image = await db.GalleryImages.FirstOrDefaultAsync(i => i.Id == imageId && i.UserId == userId, ct);
        if (image is null)
        {
            return false;
        }
        db.GalleryImages.Remove(image);
        await db.SaveChangesAsync(ct);
        foreach (var key in GalleryKeys.All(userId, imageId))
        {
            await blobs.DeleteAsync(key, ct);
        }
        return true;
    }
}
