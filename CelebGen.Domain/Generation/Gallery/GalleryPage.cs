namespace CelebGen.Domain.Generation.Gallery;

/// <summary>One row of the gallery: the image and the settings that made it.</summary>
public sealed record GalleryItem(
    Guid ImageId, Guid JobId, string ReferenceCode, long Seed, int Width, int Height, DateTimeOffset CreatedAt,
    bool Removed, string? RemovalReason,
    string UserPrompt, string? StyleId, string NegativePrompt, string Model, int Steps, double Guidance, Guid? ReferencePhotoId, double? Strength);

public sealed record GalleryPage(IReadOnlyList<GalleryItem> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
