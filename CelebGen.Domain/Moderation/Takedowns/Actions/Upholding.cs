using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>
/// The steps every upholding action shares: count the request against the accounts it acted on, commit with
/// the new status, email the reporter and the owners, and suspend an account that reached the limit.
/// </summary>
public sealed class Upholding(IDbContextFactory<AppDbContext> dbFactory, DecisionRecorder decisions, AutoSuspension autoSuspension, ModerationMail mail, TimeProvider clock)
{
    internal async Task CommitAsync(AppDbContext db, ActionStart start, TakedownAction action, string what, IReadOnlyCollection<string> actedOn, CancellationToken ct)
    {
        await Strikes.AddAsync(db, start.Request!, actedOn, clock.GetUtcNow(), ct);
        decisions.Record(db, start, action, what);
        await db.SaveChangesAsync(ct);
    }

    /// <param name="decision">What the reporter is told was done.</param>
    /// <param name="ownerMail">The email to each owner (address, user id), or null when the owners are told nothing.</param>
    /// <returns>What happened after the commit, in a sentence or two for the admin.</returns>
    internal async Task<string> TellAsync(ActionStart start, string decision, IReadOnlyCollection<string> actedOn, Func<string, string, Task<bool>>? ownerMail, CancellationToken ct)
    {
        var failed = await mail.DecisionToReporterAsync(start.Request!, decision, start.Reason, ct) ? 0 : 1;
        if (ownerMail is not null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var owners = await db.Users.AsNoTracking().Where(u => actedOn.Contains(u.Id) && u.Email != null).Select(u => new { u.Id, u.Email }).ToListAsync(ct);
            foreach (var owner in owners)
            {
                failed += await ownerMail(owner.Email!, owner.Id) ? 0 : 1;
            }
        }
        // After the emails about this action, so an owner reads "removed" before "suspended".
        var suspended = await autoSuspension.ApplyAsync(actedOn, ct);
        var told = ownerMail is null ? "The reporter was emailed." : "The reporter and the account owner were emailed.";
        if (failed > 0)
        {
            told += $" {failed} of the emails could not be sent; see the log.";
        }
        foreach (var user in suspended)
        {
            told += $" {user.Email} was suspended automatically: {user.SuspensionReason}";
        }
        return told;
    }
}
