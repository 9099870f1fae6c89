using CelebGen.Domain.Generation;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Verification;
using CelebGen.Domain.Moderation.Matching;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CelebGen.Tests.Moderation;

/// <summary>Matching uploads to images made here, against the real database of a running host.</summary>
public sealed class ImageMatcherTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AJpegCopyOfAGeneratedImageMatchesItExactlyByWatermark()
    {
        var (image, png) = await SeedGeneratedImageAsync("044-city.jpg");
        using var bitmap = SKBitmap.Decode(png);
        var copy = bitmap.Encode(SKEncodedImageFormat.Jpeg, 75).ToArray();

        var matches = await MatchAsync(copy);

        var match = Assert.Single(matches, m => m.ImageId == image.Id);
        Assert.Equal(MatchKind.Watermark, match.Kind);
        Assert.Equal(image.JobId, match.JobId);
        Assert.NotNull(match.OwnerEmail);
    }

    [Fact]
    public async Task AnUnmarkedNearCopyMatchesByPerceptualHashWithItsDistance()
    {
        var (image, _) = await SeedGeneratedImageAsync("029-Path.jpg", storeHashOf: "029-Path.jpg");
        using var photo = SKBitmap.Decode(Path.Combine(RepoPaths.TestImages, "029-Path.jpg"));
        using var smaller = photo.Resize(new SKImageInfo(photo.Width / 2, photo.Height / 2), new SKSamplingOptions(SKFilterMode.Linear));

        var match = Assert.Single(await MatchAsync(smaller.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray()), m => m.ImageId == image.Id);
        Assert.Equal(MatchKind.PerceptualHash, match.Kind);
        Assert.InRange(match.HashDistance!.Value, 0, PerceptualHash.MatchThreshold);
    }

    [Fact]
    public async Task ATypedReferenceCodeFindsTheImageWithoutAnyUpload()
    {
        var (image, _) = await SeedGeneratedImageAsync("043-calla.jpg");
        Assert.True(ImageReference.TryParse(image.ReferenceCode.ToLowerInvariant(), out var typed));
        var match = Assert.Single(await Matcher().MatchAsync(null, [typed]));
        Assert.Equal((image.Id, MatchKind.ReferenceCode), (match.ImageId, match.Kind));
    }

    [Fact]
    public async Task AnUnrelatedPhotoMatchesNothing()
    {
        await SeedGeneratedImageAsync("005-Cascade.jpg");
        Assert.Empty(await MatchAsync(File.ReadAllBytes(Path.Combine(RepoPaths.TestImages, "047-focal-ubuntukylin.jpg"))));
    }

    private ImageMatcher Matcher() => app.Services.CreateScope().ServiceProvider.GetRequiredService<ImageMatcher>();

    private async Task<IReadOnlyList<ImageMatch>> MatchAsync(byte[] upload)
    {
        var report = Assert.IsType<VerificationResult.Read>(app.Services.GetRequiredService<ImageVerifier>().Verify(upload)).Report;
        return await Matcher().MatchAsync(report, []);
    }

    /// <summary>A finished 512×512 image stored as a gallery row, as the job runner would leave it.</summary>
    private async Task<(GalleryImage Image, byte[] Png)> SeedGeneratedImageAsync(string photo, string? storeHashOf = null)
    {
        var userId = await GenerationAppFactory.NewUserAsync(app);
        using var source = SKBitmap.Decode(Path.Combine(RepoPaths.TestImages, photo));
        using var square = source.Resize(new SKImageInfo(512, 512), new SKSamplingOptions(SKFilterMode.Linear));
        var finished = app.Services.GetRequiredService<GeneratedImageFinisher>().Finish(square, ImageReference.NewRandom(), withVisibleMark: false);
        var hash = storeHashOf is null ? finished.PerceptualHash : app.Services.GetRequiredService<PerceptualHasher>().Compute(source);
        var job = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = "x", Prompt = "x", Queue = "gpu", PlanName = "Free", Status = GenerationStatus.Succeeded };
        var image = new GalleryImage
        {
            JobId = job.Id, UserId = userId, ReferenceId = (long)finished.Reference.Value, ReferenceCode = finished.Reference.Code,
            PerceptualHash = hash.ToHex(), Width = 512, Height = 512, CreatedAt = DateTimeOffset.UtcNow,
        };
        await GenerationAppFactory.WithDbAsync(app, db =>
        {
            db.GenerationJobs.Add(job);
            db.GalleryImages.Add(image);
            return db.SaveChangesAsync();
        });
        return (image, finished.Png);
    }
}
