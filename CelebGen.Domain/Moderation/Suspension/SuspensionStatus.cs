using CelebGen.Domain.Accounts;
using CelebGen.Domain.Moderation.Audit;

namespace CelebGen.Domain.Moderation.Suspension;

/// <summary>Since when an account is suspended, by whom (an admin, or the system after repeated takedowns) and why.</summary>
public sealed record SuspensionStatus(DateTimeOffset Since, string By, string? Reason)
{
    public bool Automatic => By == AuditEntry.System;

    public static SuspensionStatus? Of(AppUser user) =>
        user.SuspendedAt is { } since ? new SuspensionStatus(since, user.SuspendedBy ?? "", user.SuspensionReason) : null;
}
