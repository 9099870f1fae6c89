using System.Security.Claims;
using CelebGen.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CelebGen.Web.Components.Account;

/// <summary>
/// Identity's sign-in manager, refusing suspended accounts. The refusal comes after the password check, so a
/// wrong password never reveals that an account is suspended; cookies a suspended account already holds fail
/// their next security-stamp check (every <c>Accounts:SessionCheckSeconds</c>).
/// </summary>
internal sealed class SuspensionAwareSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> CheckPasswordSignInAsync(AppUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        return result.Succeeded && user.SuspendedAt is not null ? AccountSuspendedResult.Instance : result;
    }

    public override async Task<bool> ValidateSecurityStampAsync(AppUser? user, string? securityStamp) =>
        user is { SuspendedAt: null } && await base.ValidateSecurityStampAsync(user, securityStamp);

    /// <summary>Every sign-in path ends here (log in, refresh after a password change, registration): none issues a cookie to a suspended account.</summary>
    public override Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        if (user.SuspendedAt is not null)
        {
            Logger.LogWarning("Refused to sign in suspended account {UserId}", user.Id);
            return Task.CompletedTask;
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}

/// <summary>The password was right but the account is suspended; the log-in page says so.</summary>
internal sealed class AccountSuspendedResult : SignInResult
{
    public static readonly AccountSuspendedResult Instance = new();

    private AccountSuspendedResult() => IsNotAllowed = true;
}
