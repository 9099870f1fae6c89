using System.Collections.Concurrent;
using CelebGen.Domain.Data;
using CelebGen.Domain.Jobs;
using CelebGen.Tests.Support;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Hangfire.Server;

namespace CelebGen.Tests.Integration;

/// <summary>The job host as configured by the app: in-memory storage, a one-worker GPU server and a default-queue server.</summary>
public sealed class JobHostTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void TheGpuServerHasOneWorkerServingPriorityBeforeStandardAndTheDefaultServerServesLightWork()
    {
        var storage = app.Services.GetRequiredService<JobStorage>();
        var servers = WaitFor(() => storage.GetMonitoringApi().Servers(), s => s.Count >= 2);

        var gpu = servers.Single(s => s.Queues.Contains(JobQueues.Gpu));
        Assert.Equal(1, gpu.WorkersCount);
        Assert.Equal([JobQueues.GpuPriority, JobQueues.Gpu], gpu.Queues);

        var light = servers.Single(s => s.Queues.Contains(JobQueues.Default));
        Assert.Equal([JobQueues.Default], light.Queues);
    }

    [Theory]
    [InlineData(JobQueues.Gpu)]
    [InlineData(JobQueues.GpuPriority)]
    [InlineData(JobQueues.Default)]
    public void AJobEnqueuedOnEachQueueRuns(string queue)
    {
        var client = app.Services.GetRequiredService<IBackgroundJobClient>();
        var marker = Guid.NewGuid().ToString("N");

        client.Create(() => JobProbe.Record(marker), new EnqueuedState(queue));

        Assert.True(WaitFor(() => JobProbe.Seen.ContainsKey(marker), seen => seen), $"the job on '{queue}' did not run");
    }

    [Fact]
    public async Task EachHostInTheProcessRunsJobsWithItsOwnServices()
    {
        // Neither host starts a server, so nothing resolves their activators at start-up: the second host configures
        // Hangfire (the process-wide settings) after the first, and only then is the first host's activator asked for.
        await using var first = new AppFactory().With("Jobs:RunGpuWorker", "false").With("Jobs:RunDefaultWorker", "false");
        await using var second = new AppFactory().With("Jobs:RunGpuWorker", "false").With("Jobs:RunDefaultWorker", "false");
        _ = first.Services.GetRequiredService<IBackgroundJobClient>();
        _ = second.Services.GetRequiredService<IBackgroundJobClient>();

        Assert.Equal(Path.GetFullPath(first.DataRoot), DataRootSeenByJobsOf(first));
        Assert.Equal(Path.GetFullPath(second.DataRoot), DataRootSeenByJobsOf(second));
    }

    private static string DataRootSeenByJobsOf(AppFactory host)
    {
        var storage = host.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();
        var job = new BackgroundJob("probe", Hangfire.Common.Job.FromExpression(() => JobProbe.Record("scope")), DateTime.UtcNow);
        using var scope = host.Services.GetRequiredService<JobActivator>()
            .BeginScope(new JobActivatorContext(connection, job, new JobCancellationToken(false)));
        return ((IOptions<DataOptions>)scope.Resolve(typeof(IOptions<DataOptions>))).Value.FullRoot;
    }

    private static T WaitFor<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        var value = read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
            value = read();
        }
        return value;
    }
}

/// <summary>A job Hangfire can run by name; it records that it ran.</summary>
public static class JobProbe
{
    public static readonly ConcurrentDictionary<string, bool> Seen = new();

    public static void Record(string marker) => Seen[marker] = true;
}
