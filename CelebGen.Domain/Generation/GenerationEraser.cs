using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Generation;

/// <summary>Removes a deleted account's jobs and gallery rows; the image files go with the user's blob folder.</summary>
internal sealed class GenerationEraser(IDbContextFactory<AppDbContext> dbFactory) : IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.GalleryImages.Where(i => i.UserId == userId).ExecuteDeleteAsync(ct);
        await db.GenerationJobs.Where(j => j.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
