using System.Security.Claims;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>The decisions that act on nothing: reject a request (the reporter is told why), close a finished one.</summary>
public sealed class TakedownDecisions(DecisionRecorder decisions, ModerationMail mail)
{
    public Task<ModerationResult> RejectAsync(ClaimsPrincipal admin, string trackingNumber, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.Reject, reason, async (db, start) =>
        {
            decisions.Record(db, start, TakedownAction.Reject, "nothing removed");
            await db.SaveChangesAsync(ct);
            // The owner is not told: nothing happened to their account, and a report they never see is not theirs to answer.
            var mailed = await mail.DecisionToReporterAsync(start.Request!, "We did not remove anything.", start.Reason, ct);
            return new ModerationResult.Done($"{trackingNumber} is rejected. " + (mailed ? "The reporter was emailed." : "The email to the reporter could not be sent; see the log."));
        }, ct);

    public Task<ModerationResult> CloseAsync(ClaimsPrincipal admin, string trackingNumber, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.Close, reason, async (db, start) =>
        {
            decisions.Record(db, start, TakedownAction.Close, "closed");
            await db.SaveChangesAsync(ct);
            return new ModerationResult.Done($"{trackingNumber} is closed.");
        }, ct);
}
