namespace CelebGen.Domain.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary><c>InMemory</c> (one machine; the app database reconciles jobs at start) or <c>PostgreSql</c> (scale-out).</summary>
    public string Storage { get; set; } = "InMemory";

    public string? PostgreSqlConnection { get; set; }

    /// <summary>Run the one-worker GPU server in this process. Web-only nodes of a scaled-out deployment set this to false.</summary>
    public bool RunGpuWorker { get; set; } = true;

    /// <summary>Run the server for light work (emails, matching) in this process.</summary>
    public bool RunDefaultWorker { get; set; } = true;

    public int DefaultWorkerCount { get; set; } = 2;
}
