using System.Collections.Concurrent;

namespace CelebGen.Domain.Generation.Running;

/// <summary>
/// In-process fan-out of job updates to the Blazor circuits watching them. It only speeds up the page:
/// the job row is the source of truth, so a page that missed an update reloads the row.
/// </summary>
public sealed class JobProgressNotifier
{
    private readonly ConcurrentDictionary<Guid, ImmutableHandlers> watchers = new();

    public IDisposable Subscribe(Guid jobId, Action<JobUpdate> handler)
    {
        watchers.AddOrUpdate(jobId, _ => new([handler]), (_, list) => new([.. list.Handlers, handler]));
        return new Subscription(() => watchers.AddOrUpdate(jobId, _ => new([]), (_, list) => new([.. list.Handlers.Where(h => h != handler)])));
    }

    public void Publish(JobUpdate update)
    {
        if (!watchers.TryGetValue(update.JobId, out var list))
        {
            return;
        }
        foreach (var handler in list.Handlers)
        {
            handler(update);
        }
    }

    private sealed record ImmutableHandlers(Action<JobUpdate>[] Handlers);

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
