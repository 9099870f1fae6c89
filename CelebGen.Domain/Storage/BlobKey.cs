namespace CelebGen.Domain.Storage;

/// <summary>Validates blob keys so that no key can escape the store's root (no "..", no rooted paths).</summary>
public static class BlobKey
{
    public static string Validate(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var segments = key.Split('/');
        if (key.StartsWith('/') || key.Contains('\\') || segments.Any(s => s is "" or "." or ".."))
        {
            throw new ArgumentException($"Blob key '{key}' is not a relative slash-separated path.", nameof(key));
        }
        return key;
    }

    public static string UserPrefix(string userId) => Validate($"users/{userId}");
}
