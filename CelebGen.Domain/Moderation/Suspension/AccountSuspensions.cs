using System.Security.Claims;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Running;
using CelebGen.Domain.Moderation.Audit;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Suspension;

/// <summary>
/// Suspends and reinstates accounts. A suspended account cannot sign in (the sign-in manager refuses it and its
/// new security stamp ends open sessions), cannot submit generations, and its queued work is canceled and refunded.
/// </summary>
public sealed class AccountSuspensions(IDbContextFactory<AppDbContext> dbFactory, AuditLog audit, ModerationMail mail, JobControl jobs, TimeProvider clock)
{
    public const string SuspendedAction = "account.suspended";
    public const string LiftedAction = "account.suspension-lifted";

    /// <summary>An admin suspends an account from the users page, outside any takedown request.</summary>
    public async Task<ModerationResult> SuspendAsync(ClaimsPrincipal admin, string userId, string reason, CancellationToken ct = default)
    {
        if (Moderators.Refusal(admin, reason, out var actor) is { } refusal)
        {
            return refusal;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return new ModerationResult.Refused("That account no longer exists.");
        }
        if (await MarkSuspendedAsync(db, user, actor, reason, ct) is { } problem)
        {
            return new ModerationResult.Refused(problem);
        }
        await db.SaveChangesAsync(ct);
        var mailed = await AfterSuspendedAsync(user, ct);
        return new ModerationResult.Done($"{user.Email} is suspended." + (mailed ? " The owner was emailed." : " The email to the owner could not be sent; see the log."));
    }

    public async Task<ModerationResult> LiftAsync(ClaimsPrincipal admin, string userId, string reason, CancellationToken ct = default)
    {
        if (Moderators.Refusal(admin, reason, out var actor) is { } refusal)
        {
            return refusal;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user?.SuspendedAt is null)
        {
            return new ModerationResult.Refused("That account is not suspended.");
        }
        var before = SuspensionStatus.Of(user)!.Automatic ? "suspended (automatic)" : "suspended";
        (user.SuspendedAt, user.SuspendedBy, user.SuspensionReason) = (null, null, null);
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        audit.Record(db, actor, LiftedAction, "User", user.Email ?? user.Id, before, "active", reason.Trim());
        await db.SaveChangesAsync(ct);
        var mailed = user.Email is null || await mail.SuspensionLiftedAsync(user.Email, reason.Trim(), ct);
        return new ModerationResult.Done($"{user.Email} can sign in again." + (mailed ? " The owner was emailed." : " The email to the owner could not be sent; see the log."));
    }

    /// <summary>Marks <paramref name="user"/> suspended in <paramref name="db"/>, with its audit entry, for the caller to commit.</summary>
    /// <returns>Why it cannot be suspended, or null.</returns>
    internal async Task<string?> MarkSuspendedAsync(AppDbContext db, AppUser user, string actor, string reason, CancellationToken ct)
    {
        if (user.SuspendedAt is not null)
        {
            return $"{user.Email} is already suspended.";
        }
        // An admin locked out by a takedown about their own test images would leave nobody to lift it.
        if (await IsAdminAsync(db, user.Id, ct))
        {
            return $"{user.Email} is an administrator; admin accounts are never suspended.";
        }
        (user.SuspendedAt, user.SuspendedBy, user.SuspensionReason) = (clock.GetUtcNow(), actor, reason.Trim());
        // A new stamp fails the next check of every cookie this account already holds, which ends its sessions.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        audit.Record(db, actor, SuspendedAction, "User", user.Email ?? user.Id,
            before: "active", after: actor == AuditEntry.System ? "suspended (automatic)" : "suspended", reason: reason.Trim());
        return null;
    }

    /// <summary>After the commit: cancel (and refund) what the account has queued or running, and tell the owner.</summary>
    /// <returns>False when the email could not be sent.</returns>
    internal async Task<bool> AfterSuspendedAsync(AppUser user, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var pending = await db.GenerationJobs.AsNoTracking()
                .Where(j => j.UserId == user.Id && (j.Status == GenerationStatus.Queued || j.Status == GenerationStatus.Running))
                .Select(j => j.Id).ToListAsync(ct);
            foreach (var jobId in pending)
            {
                await jobs.CancelAsync(user.Id, jobId, ct);
            }
        }
        var status = SuspensionStatus.Of(user)!;
        return user.Email is null || await mail.SuspendedAsync(user.Email, status.Reason ?? "", status.Automatic, ct);
    }

    internal static Task<bool> IsAdminAsync(AppDbContext db, string userId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), ct);
}
