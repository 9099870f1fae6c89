using System.Security.Claims;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Suspension;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>Suspends the account behind a matched image, as the decision on a request.</summary>
public sealed class AccountTakedown(DecisionRecorder decisions, AccountSuspensions suspensions, Upholding upholding)
{
    public Task<ModerationResult> SuspendAccountAsync(ClaimsPrincipal admin, string trackingNumber, string userId, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.SuspendAccount, reason, (db, start) => SuspendAsync(db, start, userId, ct), ct);

    private async Task<ModerationResult> SuspendAsync(AppDbContext db, ActionStart start, string userId, CancellationToken ct)
    {
        var trackingNumber = start.Request!.TrackingNumber;
        var owner = await db.TakedownMatches.Where(m => m.RequestId == start.Request.Id)
            .Join(db.GalleryImages, m => m.ImageId, i => i.Id, (m, i) => i.UserId).AnyAsync(u => u == userId, ct);
        var user = owner ? await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) : null;
        if (user is null)
        {
            return new ModerationResult.Refused("Choose the account behind one of the images matched to this request.");
        }
        if (await suspensions.MarkSuspendedAsync(db, user, start.Actor, $"{start.Reason} (takedown request {trackingNumber})", ct) is { } problem)
        {
            return new ModerationResult.Refused(problem);
        }
        await upholding.CommitAsync(db, start, TakedownAction.SuspendAccount, $"suspended {user.Email}", [user.Id], ct);

        var mailed = await suspensions.AfterSuspendedAsync(user, ct);
        var told = await upholding.TellAsync(start, "We suspended the account that made the image.", [user.Id], ownerMail: null, ct);
        return new ModerationResult.Done($"{user.Email} is suspended. {told}" + (mailed ? " The owner was emailed." : " The email to the owner could not be sent; see the log."));
    }
}
