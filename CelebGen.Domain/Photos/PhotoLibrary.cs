using CelebGen.Domain.Data;
using CelebGen.Domain.Imaging.Intake;
using CelebGen.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CelebGen.Domain.Photos;

/// <summary>A user's reference photos: upload through intake, list, open, delete.</summary>
public sealed class PhotoLibrary(
    IDbContextFactory<AppDbContext> dbFactory,
    PhotoIntakeService intake,
    IBlobStore blobs,
    IOptions<PhotoIntakeOptions> limits,
    TimeProvider clock,
    ILogger<PhotoLibrary> logger)
{
    public const int MaxFilesPerBatch = 20;

    public long MaxFileBytes => limits.Value.MaxBytes;

    /// <summary>
    /// Refuses a file from its declared size alone, so a 500 MB upload is never streamed to the server;
    /// null when the file may be read. Intake checks the real byte count again.
    /// </summary>
    public PhotoUploadOutcome? RefuseBeforeReading(string fileName, long declaredBytes) =>
        declaredBytes > MaxFileBytes
            ? Rejected(fileName, $"{fileName} is {declaredBytes / 1048576.0:0.0} MB; the limit is {MaxFileBytes / 1048576.0:0.#} MB. Export it smaller and try again.")
            : null;

    public async Task<PhotoAttestation?> GetAttestationAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PhotoAttestations.Where(a => a.UserId == userId).OrderByDescending(a => a.AttestedAt).FirstOrDefaultAsync(ct);
    }

    public async Task<PhotoAttestation> AttestAsync(string userId, AttestationKind kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var attestation = new PhotoAttestation
        {
            UserId = userId,
            Kind = kind,
            Statement = PhotoAttestation.StatementFor(kind),
            AttestedAt = clock.GetUtcNow(),
        };
        db.PhotoAttestations.Add(attestation);
        await db.SaveChangesAsync(ct);
        return attestation;
    }

    /// <summary>
    /// Takes in a batch file by file: a bad file gets its own message and the good ones still go in.
    /// Nothing is stored before the user has attested whom the photos show.
    /// </summary>
    public async Task<IReadOnlyList<PhotoUploadOutcome>> UploadAsync(string userId, IReadOnlyList<PhotoUpload> files, CancellationToken ct = default)
    {
        if (await GetAttestationAsync(userId, ct) is null)
        {
            return [.. files.Select(f => Rejected(f.FileName, "Confirm whom your photos show before uploading."))];
        }
        var outcomes = new List<PhotoUploadOutcome>(files.Count);
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            outcomes.Add(index < MaxFilesPerBatch
                ? await TakeInAsync(userId, file, ct)
                : Rejected(file.FileName, $"Only {MaxFilesPerBatch} photos can be uploaded at once. Upload this one in the next batch."));
        }
        return outcomes;
    }

    public async Task<IReadOnlyList<ReferencePhoto>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ReferencePhotos.AsNoTracking().Where(p => p.UserId == userId).OrderByDescending(p => p.CreatedAt).ToListAsync(ct);
    }

    /// <summary>The photo if it exists and <paramref name="userId"/> owns it (or <paramref name="isAdmin"/>); otherwise null.</summary>
    public async Task<ReferencePhoto?> FindAsync(Guid photoId, string? userId, bool isAdmin, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var photo = await db.ReferencePhotos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct);
        return photo is not null && (isAdmin || photo.UserId == userId) ? photo : null;
    }

    /// <summary>The normalised copy decoded for img2img, or null when missing or not the user's.</summary>
    public async Task<SKBitmap?> LoadForModelAsync(string userId, Guid photoId, CancellationToken ct = default)
    {
        var photo = await FindAsync(photoId, userId, isAdmin: false, ct);
        if (photo is null)
        {
            return null;
        }
        await using var stream = await blobs.OpenReadAsync(photo.ModelImageKey, ct);
        return stream is null ? null : SKBitmap.Decode(stream);
    }

    /// <summary>Deletes the row and both files; returns false when the photo is not the user's.</summary>
    public async Task<bool> DeleteAsync(string userId, Guid photoId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var photo = await db.ReferencePhotos.FirstOrDefaultAsync(p => p.Id == photoId && p.UserId == userId, ct);
        if (photo is null)
        {
            return false;
        }
        db.ReferencePhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        await blobs.DeleteAsync(photo.ModelImageKey, ct);
        await blobs.DeleteAsync(photo.ThumbnailKey, ct);
        return true;
    }

    private async Task<PhotoUploadOutcome> TakeInAsync(string userId, PhotoUpload file, CancellationToken ct)
    {
        switch (intake.Process(file.FileName, file.Content))
        {
            case PhotoIntakeResult.Rejected rejected:
                return Rejected(file.FileName, rejected.Message);
            case PhotoIntakeResult.Accepted { Photo: var clean }:
                await using (var db = await dbFactory.CreateDbContextAsync(ct))
                {
                    var existing = await db.ReferencePhotos.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.Sha256 == clean.Sha256, ct);
                    if (existing is not null)
                    {
                        return new PhotoUploadOutcome(file.FileName, PhotoUploadStatus.Duplicate, $"{file.FileName} is already in your photos.", existing);
                    }
                }
                return await StoreAsync(userId, file.FileName, clean, ct);
            default:
                throw new InvalidOperationException("Unknown intake result.");
        }
    }

    private async Task<PhotoUploadOutcome> StoreAsync(string userId, string fileName, IntakePhoto clean, CancellationToken ct)
    {
        var photo = new ReferencePhoto
        {
            UserId = userId,
            FileName = Path.GetFileName(fileName).Length > 255 ? Path.GetFileName(fileName)[..255] : Path.GetFileName(fileName),
            Sha256 = clean.Sha256,
            Width = clean.Width,
            Height = clean.Height,
            ThumbnailWidth = clean.ThumbnailWidth,
            ThumbnailHeight = clean.ThumbnailHeight,
            CreatedAt = clock.GetUtcNow(),
        };
        // Files first, then the row: a crash in between leaves an orphan file, never a row without its image.
        await blobs.PutAsync(photo.ModelImageKey, new MemoryStream(clean.Normalised), ct);
        await blobs.PutAsync(photo.ThumbnailKey, new MemoryStream(clean.Thumbnail), ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ReferencePhotos.Add(photo);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Most likely the same file arriving twice at once (two tabs) and hitting the unique (user, hash) index:
            // keep the first and drop this copy's files. Anything else is a real failure.
            await blobs.DeletePrefixAsync($"{BlobKey.UserPrefix(userId)}/photos/{photo.Id:N}", ct);
            await using var check = await dbFactory.CreateDbContextAsync(ct);
            if (!await check.ReferencePhotos.AnyAsync(p => p.UserId == userId && p.Sha256 == clean.Sha256, ct))
            {
                throw;
            }
            return new PhotoUploadOutcome(fileName, PhotoUploadStatus.Duplicate, $"{fileName} is already in your photos.");
        }
        logger.LogInformation("User {UserId} added reference photo {PhotoId} ({Width}x{Height})", userId, photo.Id, photo.Width, photo.Height);
        return new PhotoUploadOutcome(fileName, PhotoUploadStatus.Added, $"{fileName} added.", photo);
    }

    private static PhotoUploadOutcome Rejected(string fileName, string message) => new(fileName, PhotoUploadStatus.Rejected, message);
}
