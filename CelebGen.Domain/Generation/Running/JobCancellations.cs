using System.Collections.Concurrent;

namespace CelebGen.Domain.Generation.Running;

/// <summary>Cancellation sources of the jobs running in this process, so the Cancel button reaches the pipeline.</summary>
public sealed class JobCancellations
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> running = new();

    public CancellationTokenSource Register(Guid jobId, CancellationToken hostToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(hostToken);
        running[jobId] = source;
        return source;
    }

    public void Unregister(Guid jobId) => running.TryRemove(jobId, out _);

    /// <returns>True when the job was running here and has been told to stop.</returns>
    public bool Cancel(Guid jobId)
    {
        if (!running.TryGetValue(jobId, out var source))
        {
            return false;
        }
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false;
        }
        return true;
    }
}
