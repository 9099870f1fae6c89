using System.Security.Claims;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Photos;
using CelebGen.Domain.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CelebGen.Web.Photos;

public static class PhotoEndpoints
{
    /// <summary>
    /// Photo files for the owner (and admins working a takedown). Anyone else, signed in or not, gets 404:
    /// a 403 would confirm that the id exists.
    /// </summary>
    public static IEndpointRouteBuilder MapPhotoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var photos = endpoints.MapGroup("/photos/{id:guid}");
        photos.MapGet("/thumb", (Guid id, ClaimsPrincipal user, PhotoLibrary library, IBlobStore blobs, CancellationToken ct) =>
            Serve(id, user, library, blobs, p => p.ThumbnailKey, ct));
        photos.MapGet("/image", (Guid id, ClaimsPrincipal user, PhotoLibrary library, IBlobStore blobs, CancellationToken ct) =>
            Serve(id, user, library, blobs, p => p.ModelImageKey, ct));
        return endpoints;
    }

    private static async Task<Results<FileStreamHttpResult, NotFound>> Serve(
        Guid id, ClaimsPrincipal user, PhotoLibrary library, IBlobStore blobs, Func<ReferencePhoto, string> key, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return TypedResults.NotFound();
        }
        var photo = await library.FindAsync(id, userId, user.IsInRole(Roles.Admin), ct);
        var stream = photo is null ? null : await blobs.OpenReadAsync(key(photo), ct);
        return stream is null ? TypedResults.NotFound() : TypedResults.Stream(stream, "image/jpeg");
    }
}
