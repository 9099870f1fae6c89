using System.Collections.Concurrent;
using CelebGen.Domain.Jobs;
using CelebGen.Tests.Support;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

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
