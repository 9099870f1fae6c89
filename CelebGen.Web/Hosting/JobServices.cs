using CelebGen.Domain.Jobs;
using Hangfire;
using Hangfire.PostgreSql;

namespace CelebGen.Web.Hosting;

public static class JobServices
{
    public static WebApplicationBuilder AddCelebGenJobs(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JobsOptions.Section);
        builder.Services.Configure<JobsOptions>(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();

        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (options.Storage)
            {
                case "InMemory":
                    config.UseInMemoryStorage();
                    break;
                case "PostgreSql":
                    var connection = options.PostgreSqlConnection
                        ?? throw new InvalidOperationException("Jobs:Storage is PostgreSql but Jobs:PostgreSqlConnection is not set.");
                    config.UsePostgreSqlStorage(pg => pg.UseNpgsqlConnection(connection));
                    break;
                default:
                    throw new InvalidOperationException($"Jobs:Storage '{options.Storage}' is not known; use InMemory or PostgreSql.");
            }
        });

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
}
