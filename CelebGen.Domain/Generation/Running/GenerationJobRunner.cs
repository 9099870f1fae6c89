using System.Diagnostics;
using CelebGen.Domain.Data;
using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Photos;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace CelebGen.Domain.Generation.Running;

/// <summary>
/// The Hangfire job behind one generation. Hangfire does not retry it: the job row is the record, and a
/// failed job is refunded and says why, rather than running again behind the user's back.
/// </summary>
public sealed class GenerationJobRunner(
    IDbContextFactory<AppDbContext> dbFactory,
    IDiffusionEngine engine,
    PhotoLibrary photos,
    GalleryWriter gallery,
    JobProgressNotifier notifier,
    JobCancellations cancellations,
    TimeProvider clock,
    ILogger<GenerationJobRunner> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid jobId, CancellationToken hostToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(hostToken);
        // Only a Queued job starts, and only once: a re-enqueued or canceled job finds nothing to do.
        var started = await db.GenerationJobs.Where(j => j.Id == jobId && j.Status == GenerationStatus.Queued && !j.CancelRequested)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, GenerationStatus.Running).SetProperty(j => j.StartedAt, clock.GetUtcNow()), hostToken);
        if (started == 0)
        {
            // Already started, finished or canceled: nothing to do. A row that does not exist at all means this job
            // was handed to the wrong database; failing makes that visible on the dashboard instead of a silent success.
            if (!await db.GenerationJobs.AnyAsync(j => j.Id == jobId, hostToken))
                throw new InvalidOperationException($"Generation job {jobId} is not in this server's database.");
            return;
        }
        var job = await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, hostToken);
        using var source = cancellations.Register(jobId, hostToken);
        try
        {
            Publish(job, GenerationStatus.Running, 0, null);
            await GenerateAsync(db, job, source.Token);
        }
        catch (OperationCanceledException) when (source.IsCancellationRequested)
        {
            await FinishAsync(db, job, GenerationStatus.Canceled, 0, "Canceled. Your quota was refunded.");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Generation {JobId} failed", jobId);
            await FinishAsync(db, job, GenerationStatus.Failed, 0, UserMessage(ex));
        }
        finally
        {
            cancellations.Unregister(jobId);
        }
    }

    private async Task GenerateAsync(AppDbContext db, GenerationJob job, CancellationToken ct)
    {
        DiffusionImageInput? reference = null;
        if (job.ReferencePhotoId is { } photoId)
        {
            using var bitmap = await photos.LoadForModelAsync(job.UserId, photoId, ct)
                ?? throw new ReferencePhotoMissingException();
            reference = DiffusionImageInput.FromBitmap(bitmap);
        }
        var request = new DiffusionRequest(job.Prompt)
        {
            Model = job.Model,
            NegativePrompt = job.NegativePrompt,
            Seed = job.Seed,
            Count = job.Count,
            Steps = job.Steps,
            Guidance = job.Guidance,
            Reference = reference,
            Strength = job.Strength,
        };
        var progress = new StepReporter(this, db, job);
        var result = await engine.GenerateAsync(request, progress, ct);

        var delivered = 0;
        for (var i = 0; i < result.Images.Count; i++)
        {
            if (result.Images[i].WithheldBySafetyChecker)
            {
                continue;
            }
            db.GalleryImages.Add(await gallery.WriteAsync(job, i, result.Images[i], ct));
            delivered++;
        }
        await db.SaveChangesAsync(CancellationToken.None);
        var withheld = result.Images.Count - delivered;
        var (status, note) = (delivered, withheld) switch
        {
            (0, _) => (GenerationStatus.Withheld, "The safety checker withheld every image. Your quota was refunded."),
            (_, > 0) => (GenerationStatus.Succeeded, $"{withheld} image(s) were withheld by the safety checker and refunded."),
            _ => (GenerationStatus.Succeeded, (string?)null),
        };
        await FinishAsync(db, job, status, delivered, note);
    }

    private async Task FinishAsync(AppDbContext db, GenerationJob job, GenerationStatus status, int units, string? message)
    {
        // Units become what was delivered: 0 refunds the reservation, n commits it. CancellationToken.None:
        // the refund must be written even when the host is shutting down.
        await db.GenerationJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, status)
            .SetProperty(j => j.Units, units)
            .SetProperty(j => j.Error, message)
            .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        Publish(job, status, job.ProgressTotal, message);
    }

    private void Publish(GenerationJob job, GenerationStatus status, int step, string? error, double? stepMs = null) =>
        notifier.Publish(new JobUpdate(job.Id, status, step, job.ProgressTotal, stepMs, error));

    private static string UserMessage(Exception ex) => ex switch
    {
        ReferencePhotoMissingException => "The reference photo was deleted before the job started. Your quota was refunded; pick another photo.",
        ModelFolderException => "The avatar model is not installed correctly, so nothing could be made. Your quota was refunded; the administrator can see the details in the log.",
        OutOfMemoryException or InsufficientExecutionStackException => "The server ran out of memory making this image. Your quota was refunded; try fewer images or a smaller size.",
        DiffusionRuntimeException => "The image generator failed on this request. Your quota was refunded; try again, perhaps with other settings.",
        _ => "Something went wrong while making your avatar. Your quota was refunded; please try again.",
    };

    private sealed class ReferencePhotoMissingException() : Exception("The reference photo is gone.");

    /// <summary>Publishes every step at once and writes the row at most twice a second, so a reload sees recent progress.</summary>
    private sealed class StepReporter(GenerationJobRunner runner, AppDbContext db, GenerationJob job) : IProgress<DiffusionProgress>
    {
        private readonly Stopwatch sinceWrite = Stopwatch.StartNew();

        public void Report(DiffusionProgress value)
        {
            var stepMs = value.Step > 0 ? value.Elapsed.TotalMilliseconds / value.Step : (double?)null;
            runner.Publish(job, GenerationStatus.Running, value.Step, null, stepMs);
            if (sinceWrite.ElapsedMilliseconds < 500 && value.Step < value.Total)
            {
                return;
            }
            sinceWrite.Restart();
            db.GenerationJobs.Where(j => j.Id == job.Id).ExecuteUpdate(s => s
                .SetProperty(j => j.ProgressStep, value.Step)
                .SetProperty(j => j.ProgressTotal, value.Total)
                .SetProperty(j => j.StepMilliseconds, stepMs));
        }
    }
}
