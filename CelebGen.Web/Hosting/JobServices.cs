using CelebGen.Domain.Jobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace CelebGen.Web.Hosting;

public static class JobServices
{
    public static WebApplicationBuilder AddCelebGenJobs(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JobsOptions.Section);
        builder.Services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();

        // One storage instance per host, registered before AddHangfire (which only adds JobStorage.Current if none is
        // registered): JobStorage.Current is process-wide, and two hosts in one process (tests) must not share queues.
        builder.Services.AddSingleton(_ => CreateStorage(options));
        // Likewise the activator: Hangfire's default registration copies the process-wide JobActivator.Current when
        // first resolved, which is whichever host configured Hangfire last, so a job could run in another host's
        // container (and its database). Each host activates jobs from its own services.
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>()));

        if (options.RunGpuWorker)
        {
            // One worker: a single diffusion model owns the accelerator, and jobs run one after another.
            builder.Services.AddHangfireServer(server =>
            {
                server.ServerName = $"{Environment.MachineName}:gpu";
                server.Queues = JobQueues.GpuServerQueues;
                server.WorkerCount = 1;
            });
        }
        if (options.RunDefaultWorker)
        {
            builder.Services.AddHangfireServer(server =>
            {
                server.ServerName = $"{Environment.MachineName}:default";
                server.Queues = [JobQueues.Default];
                server.WorkerCount = options.DefaultWorkerCount;
            });
        }
        return builder;
    }

    private static JobStorage CreateStorage(JobsOptions options) => options.Storage switch
    {
        "InMemory" => new Hangfire.InMemory.InMemoryStorage(),
        "PostgreSql" => new PostgreSqlStorage(new NpgsqlConnectionFactory(
            options.PostgreSqlConnection ?? throw new InvalidOperationException("Jobs:Storage is PostgreSql but Jobs:PostgreSqlConnection is not set."),
            new PostgreSqlStorageOptions())),
        _ => throw new InvalidOperationException($"Jobs:Storage '{options.Storage}' is not known; use InMemory or PostgreSql."),
    };
}
