using System.Security.Claims;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Audit;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>The first admin to open a new request takes it into review, so the queue shows it is being looked at.</summary>
public sealed class TakedownReview(IDbContextFactory<AppDbContext> dbFactory, AuditLog audit)
{
    public const string StartedAction = "takedown.review-started";

    /// <returns>True when this call moved the request from New to In review.</returns>
    public async Task<bool> StartAsync(ClaimsPrincipal admin, string trackingNumber, CancellationToken ct = default)
    {
        if (Moderators.ActorOf(admin) is not { } actor)
        {
            return false;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Conditional on the status, so two admins opening it at once record one start between them.
        var moved = await db.TakedownRequests.Where(r => r.TrackingNumber == trackingNumber && r.Status == TakedownStatus.New)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, TakedownStatus.InReview), ct);
        if (moved == 1)
        {
            audit.Record(db, actor, StartedAction, "TakedownRequest", trackingNumber, TakedownStatus.New.ToString(), TakedownStatus.InReview.ToString());
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return moved == 1;
    }
}
