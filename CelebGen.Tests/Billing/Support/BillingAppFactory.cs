using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Billing.Support;

/// <summary>
/// The real app host with billing configured against a <see cref="FakeStripeApi"/>, a fresh data folder and a
/// hand-moved clock. One per test class (xunit class fixture).
/// </summary>
public sealed class BillingAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string WebhookSecret = "whsec_test_celebgen";
    public const string PlusPrice = "price_plus_test";
    public const string ProPrice = "price_pro_test";

    private readonly string dataRoot = Path.Combine(Path.GetTempPath(), "celebgen-billing-" + Guid.NewGuid().ToString("N"));

    public FakeStripeApi Stripe { get; private set; } = default!;
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        Stripe = await FakeStripeApi.StartAsync();
        _ = Services; // starts the host (and migrates the database) now rather than inside the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: that environment loads the static web assets manifest, which points at a wwwroot the tests do not need.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Root", dataRoot);
        builder.UseSetting("Stripe:SecretKey", "sk_test_celebgen");
        builder.UseSetting("Stripe:WebhookSecret", WebhookSecret);
        builder.UseSetting("Stripe:ApiBase", Stripe.BaseUrl);
        builder.UseSetting("Plans:Plus:StripePriceId", PlusPrice);
        builder.UseSetting("Plans:Pro:StripePriceId", ProPrice);
        builder.UseSetting("Billing:PastDueGraceDays", "3");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public async Task<string> CreateUserAsync(string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.test";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public string DataRoot => dataRoot;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataRoot, recursive: true); } catch (IOException) { }
    }
}
