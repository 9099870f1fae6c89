using CelebGen.Domain.Data;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Storage;

/// <summary>Blobs as files under <c>{Data:Root}/blobs</c>. Writes go to a temp file first so a crash never leaves half a blob.</summary>
public sealed class DiskBlobStore(IOptions<DataOptions> options) : IBlobStore
{
    private readonly string root = Path.Combine(options.Value.FullRoot, "blobs");

    public async Task PutAsync(string key, Stream content, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public Task DeletePrefixAsync(string prefix, CancellationToken ct = default)
    {
        var folder = PathOf(prefix);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(root, BlobKey.Validate(key).Replace('/', Path.DirectorySeparatorChar));
}
