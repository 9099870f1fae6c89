using CelebGen.Domain.Data;
using CelebGen.Domain.Imaging.Intake;
using CelebGen.Domain.Storage;
using CelebGen.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Web.Moderation;

public static class TakedownEndpoints
{
    /// <summary>
    /// The image a reporter uploaded, for the admin working the request. It may show a person in intimate
    /// imagery, so only admins get it, and no cache keeps a copy.
    /// </summary>
    public static IEndpointConventionBuilder MapTakedownEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/takedowns/{trackingNumber}/evidence", EvidenceAsync).RequireAuthorization(Policies.Admin);

    private static async Task<Results<FileContentHttpResult, NotFound>> EvidenceAsync(
        string trackingNumber, HttpContext context, IDbContextFactory<AppDbContext> dbFactory, IBlobStore blobs, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = await db.TakedownRequests.Where(r => r.TrackingNumber == trackingNumber).Select(r => r.EvidenceKey).FirstOrDefaultAsync(ct);
        await using var stream = key is null ? null : await blobs.OpenReadAsync(key, ct);
        if (stream is null)
        {
            return TypedResults.NotFound();
        }
        var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, ct);
        // Intake accepted only these three formats; the type comes from the bytes, never from what the reporter's browser said.
        var type = PhotoFormatSniffer.Sniff(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)) switch
        {
            PhotoFormat.Png => "image/png",
            PhotoFormat.WebP => "image/webp",
            _ => "image/jpeg",
        };
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(bytes.ToArray(), type);
    }
}
