using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Data;

public static class DataServices
{
    public static IHostApplicationBuilder AddCelebGenData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        Directory.CreateDirectory(options.FullRoot);
        builder.Services.Configure<DataOptions>(builder.Configuration.GetSection(DataOptions.Section));
        // The factory serves Blazor circuits (long-lived, so one context per operation); it also registers
        // AppDbContext as scoped for request-shaped code such as Identity.
        builder.Services.AddDbContextFactory<AppDbContext>(db => db.UseSqlite(options.ResolveConnectionString()));
        return builder;
    }

    /// <summary>Applies pending migrations so an existing database upgrades in place without losing rows.</summary>
    public static async Task MigrateCelebGenDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
