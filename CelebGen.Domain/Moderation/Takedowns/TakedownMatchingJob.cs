using CelebGen.Domain.Data;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Verification;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Matching;
using CelebGen.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>Background job run on submit: attaches the images the evidence points to, and how each was found.</summary>
public sealed class TakedownMatchingJob(
    IDbContextFactory<AppDbContext> dbFactory, IBlobStore blobs, ImageVerifier verifier, ImageMatcher matcher, AuditLog audit, TimeProvider clock)
{
    public async Task RunAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var request = await db.TakedownRequests.SingleAsync(r => r.Id == requestId, ct);
        VerificationReport? report = null;
        if (request.EvidenceKey is { } key && await blobs.OpenReadAsync(key, ct) is { } stream)
        {
            await using (stream)
            {
                var bytes = new MemoryStream();
                await stream.CopyToAsync(bytes, ct);
                report = (verifier.Verify(bytes.ToArray()) as VerificationResult.Read)?.Report;
            }
        }
        var typed = ImageReference.TryParse(request.ReferenceCode, out var code) ? new[] { code } : [];
        var matches = await matcher.MatchAsync(report, typed, ct);

        var known = await db.TakedownMatches.Where(m => m.RequestId == requestId).Select(m => m.ImageId).ToListAsync(ct);
        db.TakedownMatches.AddRange(matches.Where(m => !known.Contains(m.ImageId))
            .Select(m => new TakedownMatch { RequestId = requestId, ImageId = m.ImageId, Kind = m.Kind, HashDistance = m.HashDistance }));
        request.MatchedAt = clock.GetUtcNow();
        audit.Record(db, AuditEntry.System, "takedown.matched", "TakedownRequest", request.TrackingNumber,
            after: matches.Count == 0 ? "no match" : string.Join(", ", matches.Select(m => $"{m.ReferenceCode} by {m.Kind}")));
        await db.SaveChangesAsync(ct);
    }
}
