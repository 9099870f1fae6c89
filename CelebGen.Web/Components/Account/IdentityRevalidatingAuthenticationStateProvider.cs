using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;

namespace CelebGen.Web.Components.Account;

// A server-side AuthenticationStateProvider that rechecks the connected user as often as cookies are checked
// (Accounts:SessionCheckSeconds): a deleted or suspended account, or a changed security stamp, signs the open
// circuit out, and the page then sends it to log in.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<SecurityStampValidatorOptions> stampOptions,
        IHostApplicationLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    // At least a second: the base class loops on this delay, and zero (check cookies on every request) would spin.
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, stampOptions.Value.ValidationInterval.TotalSeconds));

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // While the app stops, its services are being disposed and every circuit is closing anyway; signing the
        // user out then would only fail on a disposed container and log an error for nothing.
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return true;
        }
        // Get the user manager from a new scope to ensure it fetches fresh data
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<AppUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.SuspendedAt is not null)
        {
            return false;
        }
        else if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }
        else
        {
            var principalStamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
            var userStamp = await userManager.GetSecurityStampAsync(user);
            return principalStamp == userStamp;
        }
    }
}
