using Microsoft.AspNetCore.Identity;

namespace CelebGen.Domain.Accounts;

/// <summary>A CelebGen account. Plan and quota state hang off this row in later capabilities.</summary>
public class AppUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>True when the user chose the dark theme; null means "follow the browser".</summary>
    public bool? PrefersDarkMode { get; set; }
}
