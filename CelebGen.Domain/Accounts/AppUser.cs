using Microsoft.AspNetCore.Identity;

namespace CelebGen.Domain.Accounts;

/// <summary>A CelebGen account. Plan and quota state hang off this row in later capabilities.</summary>
public class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>True when the user chose the dark theme; null means "follow the browser".</summary>
    public bool? PrefersDarkMode { get; set; }

    /// <summary>
    /// Set while the account is suspended after takedowns: it cannot sign in or make images. The row and its
    /// data stay, so an admin can lift the suspension and the record of why is kept.
    /// </summary>
    public DateTimeOffset? SuspendedAt { get; set; }

    /// <summary>The admin's email, or "system" when the takedown rules suspended the account automatically.</summary>
    public string? SuspendedBy { get; set; }

    public string? SuspensionReason { get; set; }
}
