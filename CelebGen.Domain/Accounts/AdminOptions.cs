namespace CelebGen.Domain.Accounts;

/// <summary>Configuration section <c>Admin</c>: the account seeded on first start.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string Email { get; set; } = "admin@celebgen.local";

    /// <summary>When empty, a random password is generated and printed once to the console.</summary>
    public string? Password { get; set; }
}
