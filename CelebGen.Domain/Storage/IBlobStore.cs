namespace CelebGen.Domain.Storage;

/// <summary>
/// Where photos and images live. Keys are slash-separated paths such as
/// <c>users/{userId}/images/{id}.png</c>; the per-user prefix lets account deletion remove everything at once.
/// Disk now; an S3-compatible store can implement the same contract.
/// </summary>
public interface IBlobStore
{
    Task PutAsync(string key, Stream content, CancellationToken ct = default);

    /// <summary>Opens a blob for reading, or returns null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);

    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>Deletes every blob whose key starts with <paramref name="prefix"/> followed by '/'.</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken ct = default);
}
