using CelebGen.Web.Billing;
using CelebGen.Web.Components;
using CelebGen.Web.Components.Account;
using CelebGen.Web.Components.Layout;
using CelebGen.Web.Generation;
using CelebGen.Web.Moderation;
using CelebGen.Web.Photos;
using MudBlazor.Services;

namespace CelebGen.Web.Hosting;

public static class WebServices
{
    public static WebApplicationBuilder AddCelebGenWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // SecurityHeaders sends X-Frame-Options: DENY itself; antiforgery would add a second, weaker SAMEORIGIN.
        builder.Services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        builder.Services.AddScoped<ThemePreference>();
        builder.Services.AddCelebGenHealthChecks();
        builder.AddCelebGenIdentity();
        builder.AddCelebGenJobs();
        return builder;
    }

    public static WebApplication UseCelebGenPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapCelebGenHealth();
        app.MapJobsDashboard();
        // Blazor would add its own "frame-ancestors 'self'" CSP; SecurityHeaders already sends the stricter 'none'.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        app.MapAdditionalIdentityEndpoints();
        app.MapStripeWebhookEndpoints();
        app.MapPhotoEndpoints();
        app.MapImageEndpoints();
        app.MapTakedownEndpoints();
        return app;
    }
}
