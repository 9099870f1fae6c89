using CelebGen.Domain.Storage;

namespace CelebGen.Domain.Generation;

/// <summary>Blob keys of a gallery image, under the owner's prefix so account deletion removes them.</summary>
public static class GalleryKeys
{
    public static string Png(string userId, Guid imageId) => $"{BlobKey.UserPrefix(userId)}/images/{imageId:N}.png";

    public static string Thumbnail(string userId, Guid imageId) => $"{BlobKey.UserPrefix(userId)}/images/{imageId:N}.thumb.jpg";

    /// <summary>Every file stored for an image. JPEG downloads are rendered from the PNG on request, so none is stored.</summary>
    public static IReadOnlyList<string> All(string userId, Guid imageId) => [Png(userId, imageId), Thumbnail(userId, imageId)];
}
