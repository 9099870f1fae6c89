using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MudBlazor.Services;

namespace CelebGen.Tests.Billing.Components;

/// <summary>
/// bunit context with the real billing services on a fresh SQLite file and Stripe.net pointed at a
/// <see cref="FakeStripeApi"/>. Call <see cref="StartAsync"/> first in each test, choosing whether billing is configured.
/// </summary>
public abstract class BillingComponentTest : BunitContext, IAsyncLifetime
{
    private readonly string dataRoot = Path.Combine(Path.GetTempPath(), "celebgen-billing-ui-" + Guid.NewGuid().ToString("N"));

    /// <summary>For waits that include a Stripe.net round trip; its first call in a process is slow on a busy machine.</summary>
    protected static readonly TimeSpan StripeWait = TimeSpan.FromSeconds(15);

    protected FakeStripeApi Stripe { get; private set; } = default!;
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
    protected BunitAuthorizationContext Auth { get; private set; } = default!;

    public async Task InitializeAsync() => Stripe = await FakeStripeApi.StartAsync();

    protected async Task StartAsync(bool billingConfigured = true)
    {
        var host = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Root"] = dataRoot,
            ["Stripe:SecretKey"] = billingConfigured ? "sk_test_ui" : null,
            ["Stripe:WebhookSecret"] = billingConfigured ? "whsec_ui" : null,
            ["Stripe:ApiBase"] = Stripe.BaseUrl,
            ["Plans:Plus:StripePriceId"] = billingConfigured ? BillingAppFactory.PlusPrice : null,
            ["Plans:Pro:StripePriceId"] = billingConfigured ? BillingAppFactory.ProPrice : null,
        });
        host.AddCelebGenData();
        host.AddBilling();
        foreach (var service in host.Services)
            Services.Add(service);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        DefaultWaitTimeout = CelebGen.Tests.Components.ComponentWaits.Timeout;
        Auth = AddAuthorization();
        Services.AddCascadingAuthenticationState();

        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();
    }

    protected async Task<string> SignInAsync(string email = "me@example.test", params string[] roles)
    {
        var user = new AppUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        await SeedAsync(db => db.Users.Add(user));
        Auth.SetAuthorized(email);
        Auth.SetRoles(roles);
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
        return user.Id;
    }

    protected async Task SeedAsync(Action<AppDbContext> add)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
    }

    protected Task SubscribeAsync(string userId, string status, PlanTier plan, bool cancelAtPeriodEnd = false, DateTimeOffset? pastDueSince = null) =>
        SeedAsync(db =>
        {
            db.BillingCustomers.Add(new BillingCustomer { UserId = userId, StripeCustomerId = "cus_ui", CreatedAt = Clock.Now });
            db.BillingSubscriptions.Add(new BillingSubscription
            {
                Id = "sub_ui", UserId = userId, StripeCustomerId = "cus_ui", Status = status, Plan = plan,
                StripePriceId = plan == PlanTier.Pro ? BillingAppFactory.ProPrice : BillingAppFactory.PlusPrice,
                CurrentPeriodEnd = new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.Zero), CancelAtPeriodEnd = cancelAtPeriodEnd,
                PastDueSince = pastDueSince, LastEventAt = Clock.Now, UpdatedAt = Clock.Now,
            });
        });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Stripe.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { }
    }
}
