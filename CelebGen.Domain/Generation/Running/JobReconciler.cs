using CelebGen.Domain.Data;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CelebGen.Domain.Generation.Running;

/// <summary>
/// At start-up, puts the job table and the job queue back in agreement: in-memory Hangfire storage forgets
/// everything on a crash, so Queued jobs are enqueued again, and Running jobs (whose work died with the
/// process) are failed and refunded.
/// </summary>
public sealed class JobReconciler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobReconciler> logger) : IHostedService
{
    public const string InterruptedMessage = "Interrupted by a server restart. Your quota was refunded; please submit it again.";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var interrupted = await db.GenerationJobs.Where(j => j.Status == GenerationStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, GenerationStatus.Failed)
            .SetProperty(j => j.Units, 0)
            .SetProperty(j => j.Error, InterruptedMessage)
            .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);

        var client = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var queued = await db.GenerationJobs.Where(j => j.Status == GenerationStatus.Queued).OrderBy(j => j.CreatedAt)
            .Select(j => new { j.Id, j.Queue }).ToListAsync(ct);
        foreach (var job in queued)
        {
            var hangfireId = client.Create<GenerationJobRunner>(r => r.RunAsync(job.Id, CancellationToken.None), new EnqueuedState(job.Queue));
            await db.GenerationJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.HangfireJobId, hangfireId), ct);
        }
        if (interrupted > 0 || queued.Count > 0)
        {
            logger.LogWarning("Start-up reconciliation: {Interrupted} interrupted jobs refunded, {Queued} queued jobs enqueued again", interrupted, queued.Count);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
