using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Photos;

/// <summary>Removes a deleted account's photo rows and attestations; the files go with the user's blob folder.</summary>
internal sealed class PhotoEraser(IDbContextFactory<AppDbContext> dbFactory) : IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.ReferencePhotos.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.PhotoAttestations.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
