using Microsoft.Data.Sqlite;

namespace CelebGen.Tests.Support;

/// <summary>A fresh folder under /tmp that is removed when disposed (SQLite pools are cleared first so the file can go).</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("celebgen-test-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background thread; /tmp is cleaned by the OS, and failing a test over it would hide the real result.
        }
    }
}
