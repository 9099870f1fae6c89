using CelebGen.Domain.Storage;

namespace CelebGen.Domain.Photos;

/// <summary>Blob keys of a photo, under the user's prefix so account deletion removes them with everything else.</summary>
public static class PhotoKeys
{
    public static string ModelImage(string userId, Guid photoId) => $"{BlobKey.UserPrefix(userId)}/photos/{photoId:N}/model.jpg";

    public static string Thumbnail(string userId, Guid photoId) => $"{BlobKey.UserPrefix(userId)}/photos/{photoId:N}/thumb.jpg";
}
