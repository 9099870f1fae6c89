using System.Net;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Verification;
using CelebGen.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using static CelebGen.Tests.Generation.GenerationAppFactory;

namespace CelebGen.Tests.Generation;

/// <summary>Submissions through the real service, run by the real Hangfire server on the tiny ONNX model.</summary>
public sealed class GenerationFlowTests(GenerationAppFactory app) : IClassFixture<GenerationAppFactory>
{
    private GenerationService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();

    [Fact]
    public async Task ATextToImageJobRunsOnTheGpuQueueAndItsWatermarkedImageLandsInTheGallery()
    {
        var userId = await NewUserAsync(app);
        var accepted = Assert.IsType<SubmitResult.Accepted>(await Service.SubmitAsync(userId, new GenerationForm { StyleId = "anime", Prompt = "a smiling person", Seed = 7 }));

        var job = await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Succeeded, job.Status);
        Assert.Equal("gpu", job.Queue);
        Assert.Equal(1, job.Units);
        Assert.Equal("anime illustration of a smiling person, clean line art, cel shading, vibrant colors", job.Prompt);

        var image = await WithDbAsync(app, db => db.GalleryImages.SingleAsync(i => i.JobId == job.Id));
        Assert.True(image.HasVisibleMark, "Free images carry the visible mark");
        await using var png = await app.Services.GetRequiredService<IBlobStore>().OpenReadAsync(image.PngKey);
        var bytes = new MemoryStream();
        await png!.CopyToAsync(bytes);
        var report = Assert.IsType<VerificationResult.Read>(app.Services.GetRequiredService<ImageVerifier>().Verify(bytes.ToArray())).Report;
        Assert.Equal(image.ReferenceCode, report.MetadataReference?.Code);
        Assert.Equal(64, report.Width);
    }

    [Fact]
    public async Task TwentyConcurrentSubmissionsAgainstFiveRemainingAcceptExactlyFive()
    {
        var userId = await NewUserAsync(app);
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Service.SubmitAsync(userId, new GenerationForm { Prompt = $"portrait {i}", Seed = i }))));

        Assert.Equal(5, results.Count(r => r is SubmitResult.Accepted));
        Assert.All(results.OfType<SubmitResult.Refused>(), r => Assert.Contains("Not enough quota left today", r.Message));
        var held = await WithDbAsync(app, db => db.GenerationJobs.Where(j => j.UserId == userId).SumAsync(j => j.Units));
        Assert.True(held <= 5);
    }

    [Fact]
    public async Task ARefusedPromptCostsNothingAndNamesTheCategoryNotTheTerm()
    {
        var userId = await NewUserAsync(app);
        var refused = Assert.IsType<SubmitResult.Refused>(await Service.SubmitAsync(userId, new GenerationForm { Prompt = "a N\u200BU\u0301DE portrait" }));
        Assert.Contains("sexual content", refused.Message);
        Assert.DoesNotContain("nude", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, (await Service.GetQuotaAsync(userId)).Remaining);
    }

    [Fact]
    public async Task AFreeUserCannotAskForMoreImagesThanThePlanAllows()
    {
        var userId = await NewUserAsync(app);
        var refused = Assert.IsType<SubmitResult.Refused>(await Service.SubmitAsync(userId, new GenerationForm { Prompt = "x", Count = 2 }));
        Assert.Contains("Free plan makes up to 1 image per request", refused.Message);
    }

    [Fact]
    public async Task ImagesAreServedToTheirOwnerAndAre404ForEveryoneElse()
    {
        var owner = await Support.AccountSteps.SignedInUserAsync(app, $"own{Guid.NewGuid():N}@example.com");
        var ownerId = await WithDbAsync(app, db => db.Users.OrderByDescending(u => u.CreatedAt).Select(u => u.Id).FirstAsync());
        var accepted = Assert.IsType<SubmitResult.Accepted>(await Service.SubmitAsync(ownerId, new GenerationForm { Prompt = "me" }));
        await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        var imageId = await WithDbAsync(app, db => db.GalleryImages.Where(i => i.JobId == accepted.JobId).Select(i => i.Id).SingleAsync());

        foreach (var path in new[] { $"/images/{imageId}", $"/images/{imageId}/thumb", $"/images/{imageId}/download", $"/images/{imageId}/download?format=jpg" })
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(path)).StatusCode);
            var stranger = await Support.AccountSteps.SignedInUserAsync(app, $"x{Guid.NewGuid():N}@example.com");
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await Support.AccountSteps.NewClient(app).GetAsync(path)).StatusCode);
        }
        var jpeg = await owner.GetByteArrayAsync($"/images/{imageId}/download?format=jpg");
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(new MemoryStream(jpeg)).EncodedFormat);
        Assert.Contains("trainedAlgorithmicMedia", System.Text.Encoding.UTF8.GetString(jpeg));
    }
}
