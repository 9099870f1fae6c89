using CelebGen.Domain.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CelebGen.Web.Hosting;

public static class HealthEndpoints
{
    public static IServiceCollection AddCelebGenHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>Anonymous on purpose: load balancers and uptime checks call it without credentials; it reveals only up/down.</summary>
    public static IEndpointConventionBuilder MapCelebGenHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz").AllowAnonymous();

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy("Database reachable")
                : HealthCheckResult.Unhealthy("Database not reachable");
    }
}
