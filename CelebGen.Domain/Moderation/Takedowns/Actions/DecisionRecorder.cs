using System.Security.Claims;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Audit;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>What every action starts with (an admin, a reason, a request whose status allows it) and ends with (the new status, audited).</summary>
public sealed class DecisionRecorder(IDbContextFactory<AppDbContext> dbFactory, AuditLog audit, TimeProvider clock)
{
    /// <summary>Runs <paramref name="act"/> on the request in a context of its own, once the checks every action needs have passed.</summary>
    internal async Task<ModerationResult> RunAsync(ClaimsPrincipal admin, string trackingNumber, TakedownAction action, string? reason,
        Func<AppDbContext, ActionStart, Task<ModerationResult>> act, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var start = await StartAsync(db, admin, trackingNumber, action, reason, ct);
        try
        {
            return start.Refusal ?? await act(db, start);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The request's status is a concurrency token: another admin's decision committed between this one's
            // read and its write. The whole action was one transaction, so none of it was applied.
            return new ModerationResult.Refused($"Another admin acted on {trackingNumber} at the same moment, so nothing of this action was applied. Reload to see what they did.");
        }
    }

    private static async Task<ActionStart> StartAsync(AppDbContext db, ClaimsPrincipal admin, string trackingNumber, TakedownAction action, string? reason, CancellationToken ct)
    {
        if (Moderators.Refusal(admin, reason, out var actor) is { } refusal)
        {
            return ActionStart.Refuse(refusal);
        }
        var request = await db.TakedownRequests.FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, ct);
        if (request is null)
        {
            return ActionStart.Refuse(new ModerationResult.Refused($"There is no request {trackingNumber}."));
        }
        return request.Status.Allows(action)
            ? new ActionStart(request, actor, reason!.Trim(), null)
            : ActionStart.Refuse(new ModerationResult.Refused($"{trackingNumber} is {request.Status}; that action is not possible any more. Reload to see its current state."));
    }

    /// <summary>Moves the request on and audits it, in <paramref name="db"/> for the caller to commit with the action itself.</summary>
    internal void Record(AppDbContext db, ActionStart start, TakedownAction action, string what)
    {
        var (request, now) = (start.Request!, clock.GetUtcNow());
        var before = request.Status;
        request.Status = action.Leads();
        if (request.Status == TakedownStatus.Actioned)
        {
            request.ActionedAt ??= now;
        }
        // Closing is bookkeeping: the decision the reporter was told stays the one on record.
        if (action != TakedownAction.Close)
        {
            (request.DecidedBy, request.DecidedAt, request.DecisionReason) = (start.Actor, now, start.Reason);
        }
        var after = $"{request.Status}: {what}";
        audit.Record(db, start.Actor, action.AuditName(), "TakedownRequest", request.TrackingNumber,
            before.ToString(), after.Length <= 1000 ? after : after[..999] + "…", start.Reason);
    }
}

/// <summary>The request an action may go ahead on, or why it may not.</summary>
internal sealed record ActionStart(TakedownRequest? Request, string Actor, string Reason, ModerationResult.Refused? Refusal)
{
    public static ActionStart Refuse(ModerationResult.Refused refusal) => new(null, "", "", refusal);
}
