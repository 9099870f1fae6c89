using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Web.Components.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CelebGen.Web.Hosting;

public static class IdentityServices
{
    public const string SessionCheckSecondsKey = "Accounts:SessionCheckSeconds";

    public static WebApplicationBuilder AddCelebGenIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));

        builder.Services.AddIdentityCore<AppUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<SuspensionAwareSignInManager>()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<IEmailSender<AppUser>, IdentityEmailSender>();
        // How soon a suspension (or a password change elsewhere) ends sessions that are already signed in:
        // cookies are rechecked against the database this often, and so are open circuits.
        var sessionCheck = TimeSpan.FromSeconds(builder.Configuration.GetValue(SessionCheckSecondsKey, 60));
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = sessionCheck);
        return builder;
    }
}
