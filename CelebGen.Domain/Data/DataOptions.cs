namespace CelebGen.Domain.Data;

/// <summary>Where the app keeps its state on disk (<c>Data:Root</c>).</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>Folder for the SQLite file, blobs and the email outbox; relative paths resolve against the working directory.</summary>
    public string Root { get; set; } = "./data";

    /// <summary>Optional full connection string; when empty a SQLite file under <see cref="Root"/> is used.</summary>
    public string? ConnectionString { get; set; }

    public string FullRoot => Path.GetFullPath(Root);

    public string ResolveConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(FullRoot, "celebgen.db")}"
            : ConnectionString;
}
