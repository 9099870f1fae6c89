using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Accounts;

/// <summary>
/// Makes sure the Admin role and one admin account exist. Runs at every start, but only the start that
/// creates the account chooses (and, if generated, prints) its password, so a restart never changes it.
/// </summary>
public sealed class AdminSeeder(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<AdminOptions> options,
    ILogger<AdminSeeder> logger)
{
    /// <summary>Where the one-time password notice goes; the console by default, replaceable in tests.</summary>
    public TextWriter Console { get; init; } = System.Console.Out;

    public async Task<SeedResult> SeedAsync()
    {
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            Check(await roles.CreateAsync(new IdentityRole(Roles.Admin)), "create the Admin role");
        }

        var email = options.Value.Email;
        var admin = await users.FindByEmailAsync(email);
        if (admin is not null)
        {
            if (!await users.IsInRoleAsync(admin, Roles.Admin))
            {
                Check(await users.AddToRoleAsync(admin, Roles.Admin), "give the admin account its role");
            }
            return SeedResult.AlreadyPresent;
        }

        var configured = options.Value.Password;
        var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
        admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        Check(await users.CreateAsync(admin, password), $"create the admin account {email} (check Admin:Password meets the password rules)");
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "give the admin account its role");

        if (string.IsNullOrEmpty(configured))
        {
            // Printed straight to the console rather than the log, so it is not kept in log storage.
            Console.WriteLine($"""

                ==================================================================
                 CelebGen admin account created
                   email:    {email}
                   password: {password}
                 This password is shown only once. Set Admin:Password to choose one.
                ==================================================================

                """);
            logger.LogWarning("Created admin account {Email} with a generated password (printed once to the console)", email);
            return SeedResult.CreatedWithGeneratedPassword;
        }
        logger.LogInformation("Created admin account {Email} with the configured password", email);
        return SeedResult.CreatedWithConfiguredPassword;
    }

    /// <summary>20 characters with every class Identity's default rules ask for.</summary>
    internal static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%^&*-_=+";
        const string all = lower + upper + digits + symbols;
        var chars = new char[20];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    public enum SeedResult { AlreadyPresent, CreatedWithConfiguredPassword, CreatedWithGeneratedPassword }
}
