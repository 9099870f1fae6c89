using CelebGen.Domain.Imaging;
using CelebGen.Domain.Storage;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace CelebGen.Domain.Generation.Running;

/// <summary>Finishes one generated picture (marks, provenance, hash) and stores its PNG and thumbnail.</summary>
public sealed class GalleryWriter(GeneratedImageFinisher finisher, IBlobStore blobs, ILogger<GalleryWriter> logger)
{
    public const int ThumbnailSize = 256;

    public async Task<GalleryImage> WriteAsync(GenerationJob job, int index, Diffusion.GeneratedImage picture, CancellationToken ct)
    {
        using var bitmap = picture.ToBitmap();
        var finished = finisher.Finish(bitmap, ImageReference.NewRandom(), withVisibleMark: job.VisibleWatermark);
        if (!finished.InvisibleMarkVerified)
        {
            // Rare (very high-contrast pictures): a takedown can still find it by its reference code and hash.
            logger.LogWarning("Image {Reference} of generation {JobId}: the invisible watermark did not read back after embedding; "
                + "it stays traceable by its provenance metadata and perceptual hash", finished.Reference.Code, job.Id);
        }
        var image = new GalleryImage
        {
            JobId = job.Id,
            UserId = job.UserId,
            Index = index,
            Seed = picture.Seed,
            Width = finished.Width,
            Height = finished.Height,
            ReferenceId = (long)finished.Reference.Value,
            ReferenceCode = finished.Reference.Code,
            PerceptualHash = finished.PerceptualHash.ToHex(),
            HasVisibleMark = finished.HasVisibleMark,
            CreatedAt = finished.CreatedAt,
        };
        await blobs.PutAsync(image.PngKey, new MemoryStream(finished.Png), ct);
        await blobs.PutAsync(image.ThumbnailKey, new MemoryStream(Thumbnail(finished.Png)), ct);
        return image;
    }

    private static byte[] Thumbnail(byte[] png)
    {
        using var full = SKBitmap.Decode(png);
        var scale = Math.Min(1.0, ThumbnailSize / (double)Math.Max(full.Width, full.Height));
        using var small = full.Resize(new SKImageInfo((int)(full.Width * scale), (int)(full.Height * scale)), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var data = small.Encode(SKEncodedImageFormat.Jpeg, 82);
        return data.ToArray();
    }
}
