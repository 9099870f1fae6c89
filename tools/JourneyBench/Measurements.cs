using System.Diagnostics;
using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Gallery;
using Microsoft.EntityFrameworkCore;

namespace JourneyBench;

internal static class SubmitToStart
{
    /// <summary>One job at a time on an idle queue: StartedAt − CreatedAt from the job row.</summary>
    public static async Task<List<double>> MeasureAsync(IServiceProvider services, int jobs)
    {
        var userId = await BenchHost.UserAsync(services, "latency@bench.local");
        var factory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var result = new List<double>();
        for (var i = 0; i < jobs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var submitted = (SubmitResult.Accepted)await scope.ServiceProvider.GetRequiredService<GenerationService>()
                .SubmitAsync(userId, new GenerationForm { Prompt = $"portrait {i}", Seed = i });
            GenerationJob job;
            do
            {
                await Task.Delay(5);
                await using var db = await factory.CreateDbContextAsync();
                job = await db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == submitted.JobId);
            }
            while (!job.IsFinished);
            result.Add((job.StartedAt!.Value - job.CreatedAt).TotalMilliseconds);
        }
        return result;
    }
}

internal static class GalleryLoad
{
    public static async Task<(List<double> First, List<double> Last)> MeasureAsync(IServiceProvider services, int images)
    {
        var userId = await BenchHost.UserAsync(services, "gallery@bench.local");
        await SeedAsync(services, userId, images);
        await using var scope = services.CreateAsyncScope();
        var gallery = scope.ServiceProvider.GetRequiredService<GalleryQuery>();
        var lastPage = (images + GalleryQuery.DefaultPageSize - 1) / GalleryQuery.DefaultPageSize;
        await gallery.PageAsync(userId, 1);
        return (await TimeAsync(() => gallery.PageAsync(userId, 1)), await TimeAsync(() => gallery.PageAsync(userId, lastPage)));
    }

    private static async Task<List<double>> TimeAsync(Func<Task<GalleryPage>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (page.Items.Count == 0)
            {
                throw new InvalidOperationException("The gallery page came back empty.");
            }
        }
        return times;
    }

    private static async Task SeedAsync(IServiceProvider services, string userId, int images)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        for (var i = 0; i < images; i++)
        {
            var job = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = $"portrait {i}", Prompt = $"portrait {i}", Queue = "gpu", PlanName = "Free", Status = GenerationStatus.Succeeded, CreatedAt = start.AddMinutes(i) };
            db.GenerationJobs.Add(job);
            db.GalleryImages.Add(new GalleryImage { JobId = job.Id, UserId = userId, ReferenceId = i + 1_000_000, ReferenceCode = "BENCH-00000", PerceptualHash = new string('0', 64), CreatedAt = job.CreatedAt });
            if (i % 1000 == 999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
    }
}

internal static class QuotaThroughput
{
    /// <summary>Submissions that reserve quota and insert the job row (no GPU worker, so nothing runs).</summary>
    public static async Task<(int Count, TimeSpan Elapsed)> MeasureAsync(IServiceProvider services, int submissions, int parallel)
    {
        var userId = await BenchHost.UserAsync(services, $"throughput{parallel}@bench.local");
        var watch = Stopwatch.StartNew();
        var accepted = 0;
        await Parallel.ForAsync(0, submissions, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<GenerationService>().SubmitAsync(userId, new GenerationForm { Prompt = $"p{i}" }, ct) is SubmitResult.Accepted)
            {
                Interlocked.Increment(ref accepted);
            }
        });
        return (accepted, watch.Elapsed);
    }
}

internal static class Report
{
    public static void Line(string what, List<double> ms)
    {
        ms.Sort();
        Console.WriteLine($"{what,-52} median {ms[ms.Count / 2],7:0.0} ms   p95 {ms[(int)(ms.Count * 0.95)],7:0.0} ms   max {ms[^1],7:0.0} ms   (n={ms.Count})");
    }
}

internal static class Args
{
    public static int Int(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
