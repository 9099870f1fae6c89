using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Tests.Diffusion.TinyModels;
using CelebGen.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Generation;

/// <summary>The real host with the tiny SD-shaped test model installed as "tiny" (64×64, 4 steps, CPU).</summary>
public class GenerationAppFactory : AppFactory
{
    public GenerationAppFactory() => Install(this, gpuWorker: true);

    /// <param name="slow">A UNet that takes a while per step, so a browser can watch the progress bar move.</param>
    public static AppFactory Install(AppFactory app, bool gpuWorker, bool slow = false, TinyModelSpec? spec = null, string? folderOverride = null)
    {
        var folder = folderOverride ?? TinyModelFolder.Create(spec ?? new TinyModelSpec { SlowUnet = slow });
        return app.With("Diffusion:ExecutionProvider", "cpu")
            .With("Diffusion:DefaultModel", "tiny")
            .With("Diffusion:Models:tiny:Path", folder)
            .With("Diffusion:Models:tiny:Width", "64")
            .With("Diffusion:Models:tiny:Height", "64")
            .With("Diffusion:Models:tiny:MinSize", "64")
            .With("Diffusion:Models:tiny:Steps", slow ? "12" : "4")
            .With("Diffusion:Models:tiny:WarmUp", "false")
            .With("Jobs:RunGpuWorker", gpuWorker ? "true" : "false");
    }

    public static async Task<string> NewUserAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"g{Guid.NewGuid():N}@example.com";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return user.Id;
    }

    public static async Task<T> WithDbAsync<T>(AppFactory app, Func<AppDbContext, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>Polls the job row until <paramref name="done"/> holds; after 60 s fails with the row and Hangfire's view of it.</summary>
    public static async Task<Domain.Generation.GenerationJob> WaitForJobAsync(AppFactory app, Guid jobId, Func<Domain.Generation.GenerationJob, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var job = await WithDbAsync(app, db => db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == jobId));
            if (done(job))
            {
                return job;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Job {jobId} is still {job.Status} after 60 s; Hangfire: {HangfireHistory(app, job.HangfireJobId)}");
            }
            await Task.Delay(100);
        }
    }

    private static string HangfireHistory(AppFactory app, string? hangfireJobId)
    {
        var details = hangfireJobId is null ? null : app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().JobDetails(hangfireJobId);
        return details is null
            ? "no such job"
            : string.Join(" <- ", details.History.Select(h => $"{h.StateName} {h.Reason} {string.Join(",", h.Data.Select(kv => $"{kv.Key}={kv.Value}"))}"));
    }
}

/// <summary>The same host with no GPU worker: jobs stay queued, as on a web-only node.</summary>
public sealed class QueueOnlyAppFactory : AppFactory
{
    public QueueOnlyAppFactory() => GenerationAppFactory.Install(this, gpuWorker: false);
}
