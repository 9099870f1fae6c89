using System.Security.Claims;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Gallery;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Provenance;
using CelebGen.Domain.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using SkiaSharp;

namespace CelebGen.Web.Generation;

public static class ImageEndpoints
{
    /// <summary>
    /// Gallery files for their owner and for admins. Everyone else, anonymous included, gets 404: a 403
    /// would confirm that an id exists. Ids are random GUIDs, so they cannot be guessed either.
    /// </summary>
    public static IEndpointRouteBuilder MapImageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var images = endpoints.MapGroup("/images/{id:guid}");
        images.MapGet("", (Guid id, HttpContext context, GalleryQuery gallery, IBlobStore blobs, CancellationToken ct) =>
            ServeAsync(id, context, gallery, blobs, i => (i.PngKey, "image/png", null), ct));
        images.MapGet("/thumb", (Guid id, HttpContext context, GalleryQuery gallery, IBlobStore blobs, CancellationToken ct) =>
            ServeAsync(id, context, gallery, blobs, i => (i.ThumbnailKey, "image/jpeg", null), ct));
        images.MapGet("/download", DownloadAsync);
        return endpoints;
    }

    private static async Task<Results<FileStreamHttpResult, FileContentHttpResult, NotFound>> DownloadAsync(
        Guid id, string? format, HttpContext context, GalleryQuery gallery, IBlobStore blobs, CancellationToken ct)
    {
        if (format is not "jpg")
        {
            var png = await ServeAsync(id, context, gallery, blobs, i => (i.PngKey, "image/png", $"celebgen-{i.ReferenceCode}.png"), ct);
            return png.Result is FileStreamHttpResult file ? file : TypedResults.NotFound();
        }
        var image = await FindAsync(id, context, gallery, ct);
        await using var stream = image is null ? null : await blobs.OpenReadAsync(image.PngKey, ct);
        if (image is null || stream is null)
        {
            return TypedResults.NotFound();
        }
        // JPEG re-encodes the pixels (the invisible mark survives that) and writes the same provenance as XMP in APP1.
        using var bitmap = SKBitmap.Decode(stream);
        var record = new ProvenanceRecord(new ImageReference((ulong)image.ReferenceId), image.CreatedAt);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(ProvenanceEncoder.EncodeJpeg(bitmap, record), "image/jpeg", $"celebgen-{image.ReferenceCode}.jpg");
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> ServeAsync(
        Guid id, HttpContext context, GalleryQuery gallery, IBlobStore blobs, Func<GalleryImage, (string Key, string Type, string? DownloadName)> pick, CancellationToken ct)
    {
        var image = await FindAsync(id, context, gallery, ct);
        if (image is null)
        {
            return TypedResults.NotFound();
        }
        var (key, type, downloadName) = pick(image);
        var stream = await blobs.OpenReadAsync(key, ct);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }
        context.Response.Headers.CacheControl = "private, max-age=3600";
        return TypedResults.Stream(stream, type, downloadName);
    }

    private static Task<GalleryImage?> FindAsync(Guid id, HttpContext context, GalleryQuery gallery, CancellationToken ct)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? Task.FromResult<GalleryImage?>(null) : gallery.FindAsync(id, userId, context.User.IsInRole(Roles.Admin), ct);
    }
}
