using CelebGen.Domain.Data;
using CelebGen.Domain.Jobs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Generation.Running;

/// <summary>What the page asks about one of the user's jobs: its row, its place in the queue, and cancel.</summary>
public sealed class JobControl(
    IDbContextFactory<AppDbContext> dbFactory,
    JobCancellations cancellations,
    JobProgressNotifier notifier,
    IBackgroundJobClient backgroundJobs,
    TimeProvider clock)
{
    /// <summary>The job if it belongs to <paramref name="userId"/>; null otherwise (ids of others' jobs reveal nothing).</summary>
    public async Task<GenerationJob?> FindAsync(string userId, Guid jobId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.GenerationJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId && j.UserId == userId, ct);
    }

    /// <summary>
    /// How many jobs will run before this one: the running job plus queued jobs the one-worker server takes
    /// first (all priority jobs queued earlier, and for a standard job every queued priority job too).
    /// </summary>
    public async Task<int> JobsAheadAsync(GenerationJob job, CancellationToken ct = default)
    {
        if (job.Status != GenerationStatus.Queued)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var running = await db.GenerationJobs.CountAsync(j => j.Status == GenerationStatus.Running, ct);
        var queued = db.GenerationJobs.Where(j => j.Status == GenerationStatus.Queued && j.Id != job.Id);
        var ahead = job.Queue == JobQueues.GpuPriority
            ? queued.Where(j => j.Queue == JobQueues.GpuPriority && j.CreatedAt < job.CreatedAt)
            : queued.Where(j => j.Queue == JobQueues.GpuPriority || j.CreatedAt < job.CreatedAt);
        return running + await ahead.CountAsync(ct);
    }

    /// <summary>Cancels a queued job at once (refunded) or asks a running one to stop between steps.</summary>
    public async Task<bool> CancelAsync(string userId, Guid jobId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var queued = await db.GenerationJobs.Where(j => j.Id == jobId && j.UserId == userId && j.Status == GenerationStatus.Queued)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, GenerationStatus.Canceled)
                .SetProperty(j => j.Units, 0)
                .SetProperty(j => j.CancelRequested, true)
                .SetProperty(j => j.Error, "Canceled. Your quota was refunded.")
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), ct);
        if (queued == 1)
        {
            var job = await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct);
            if (job.HangfireJobId is not null)
            {
                backgroundJobs.Delete(job.HangfireJobId);
            }
            notifier.Publish(new JobUpdate(jobId, GenerationStatus.Canceled, 0, job.ProgressTotal, null, job.Error));
            return true;
        }
        var running = await db.GenerationJobs.Where(j => j.Id == jobId && j.UserId == userId && j.Status == GenerationStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelRequested, true), ct);
        return running == 1 && cancellations.Cancel(jobId);
    }
}
