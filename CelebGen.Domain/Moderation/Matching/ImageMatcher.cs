using CelebGen.Domain.Data;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Verification;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Matching;

/// <summary>
/// Finds the images made here that an upload or a code points to: the watermark first (exact), then
/// reference codes (from the file's metadata or typed by a person), then perceptual-hash neighbours.
/// </summary>
public sealed class ImageMatcher(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int MaxHashMatches = 10;

    public async Task<IReadOnlyList<ImageMatch>> MatchAsync(VerificationReport? report, IEnumerable<ImageReference> typedCodes, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var matches = new List<ImageMatch>();
        if (report?.WatermarkReference is { } marked)
        {
            matches.AddRange(await ByReferenceAsync(db, [marked], MatchKind.Watermark, ct));
        }
        var codes = typedCodes.Concat(report?.MetadataReference is { } fromXmp ? [fromXmp] : []).Distinct().ToList();
        matches.AddRange((await ByReferenceAsync(db, codes, MatchKind.ReferenceCode, ct)).Where(m => matches.All(x => x.ImageId != m.ImageId)));
        if (report is not null)
        {
            matches.AddRange((await ByHashAsync(db, report.Hash, ct)).Where(m => matches.All(x => x.ImageId != m.ImageId)));
        }
        return matches;
    }

    private static async Task<List<ImageMatch>> ByReferenceAsync(AppDbContext db, IReadOnlyCollection<ImageReference> references, MatchKind kind, CancellationToken ct)
    {
        var ids = references.Select(r => (long)r.Value).ToList();
        return ids.Count == 0 ? [] : await Project(db, db.GalleryImages.Where(i => ids.Contains(i.ReferenceId)), kind, null, ct);
    }

    /// <summary>
    /// A linear scan of the stored hashes: Hamming neighbours cannot be found with a B-tree index. At 32 bytes
    /// an image this stays in the tens of milliseconds for 100,000 images; larger stores want a BK-tree or a
    /// multi-index hash table.
    /// </summary>
    private static async Task<List<ImageMatch>> ByHashAsync(AppDbContext db, PerceptualHash hash, CancellationToken ct)
    {
        var candidates = await db.GalleryImages.AsNoTracking().Select(i => new { i.Id, i.PerceptualHash }).ToListAsync(ct);
        var nearest = candidates
            .Select(c => (c.Id, Distance: PerceptualHash.TryParse(c.PerceptualHash, out var other) ? hash.DistanceTo(other) : int.MaxValue))
            .Where(c => c.Distance <= PerceptualHash.MatchThreshold)
            .OrderBy(c => c.Distance).Take(MaxHashMatches).ToDictionary(c => c.Id, c => c.Distance);
        var ids = nearest.Keys.ToList();
        var found = await Project(db, db.GalleryImages.Where(i => ids.Contains(i.Id)), MatchKind.PerceptualHash, null, ct);
        return [.. found.Select(m => m with { HashDistance = nearest[m.ImageId] }).OrderBy(m => m.HashDistance)];
    }

    private static Task<List<ImageMatch>> Project(AppDbContext db, IQueryable<Generation.GalleryImage> images, MatchKind kind, int? distance, CancellationToken ct) =>
        images.AsNoTracking()
            .GroupJoin(db.Users, i => i.UserId, u => u.Id, (i, users) => new { i, users })
            .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new ImageMatch(
                x.i.Id, x.i.JobId, x.i.UserId, u == null ? null : u.Email, x.i.ReferenceCode, kind, distance, x.i.CreatedAt, x.i.RemovedAt != null))
            .ToListAsync(ct);
}
