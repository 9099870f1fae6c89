using System.Security.Claims;
using CelebGen.Domain.Accounts;

namespace CelebGen.Domain.Moderation;

/// <summary>
/// Admin actions take the signed-in principal and check the role themselves, so a page that lost its
/// [Authorize] attribute still cannot act for a non-admin.
/// </summary>
public static class Moderators
{
    public const int MaxReasonLength = 1000;

    /// <summary>The admin's name for the audit log, or null when <paramref name="user"/> is not an admin.</summary>
    public static string? ActorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin) ? user.Identity.Name ?? "admin" : null;

    /// <summary>What every admin action checks first: an admin does it, and gives a reason.</summary>
    /// <returns>The refusal, or null with <paramref name="actor"/> set.</returns>
    public static ModerationResult.Refused? Refusal(ClaimsPrincipal user, string? reason, out string actor)
    {
        actor = ActorOf(user) ?? "";
        return actor.Length == 0 ? ModerationResult.NotAnAdmin
            : CheckReason(reason) is { } problem ? new ModerationResult.Refused(problem)
            : null;
    }

    /// <returns>What is wrong with the reason, or null when it will do.</returns>
    public static string? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason: it is sent with the decision and kept in the audit log."
        : reason.Trim().Length > MaxReasonLength ? $"Keep the reason under {MaxReasonLength} characters."
        : null;
}
