namespace CelebGen.Domain.Jobs;

/// <summary>
/// Hangfire queue names. Hangfire processes queues in the order a server lists them, so the one-worker GPU
/// server lists <see cref="GpuPriority"/> first: paid jobs overtake free ones without starving them once the priority queue is empty.
/// </summary>
public static class JobQueues
{
    public const string GpuPriority = "gpu-priority";
    public const string Gpu = "gpu";
    public const string Default = "default";

    public static readonly string[] GpuServerQueues = [GpuPriority, Gpu];
}
