using CelebGen.Domain.Imaging;
using CelebGen.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class VerifyToolTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnAdminUploadsAJpegCopyOfAGeneratedImageAndReadsItsReferenceCode()
    {
        var reference = new ImageReference(0x0000_00C0_FFEE_0042UL);
        var finisher = browser.App.Services.GetRequiredService<GeneratedImageFinisher>();
        using var picture = SKBitmap.Decode(Path.Combine(RepoPaths.TestImages, "044-city.jpg"));
        using var square = picture.Resize(new SKImageInfo(512, 512), new SKSamplingOptions(SKFilterMode.Linear));
        using var marked = SKBitmap.Decode(finisher.Finish(square, reference, withVisibleMark: true).Png);
        var ownerId = await Generation.GenerationAppFactory.NewUserAsync(browser.App);
        var job = new Domain.Generation.GenerationJob { UserId = ownerId, Model = "tiny", UserPrompt = "x", Prompt = "x", Queue = "gpu", PlanName = "Free", Status = Domain.Generation.GenerationStatus.Succeeded };
        await Generation.GenerationAppFactory.WithDbAsync(browser.App, db =>
        {
            db.GenerationJobs.Add(job);
            db.GalleryImages.Add(new Domain.Generation.GalleryImage
            {
                JobId = job.Id, UserId = ownerId, ReferenceId = (long)reference.Value, ReferenceCode = reference.Code,
                PerceptualHash = new string('0', 64), Width = 512, Height = 512, CreatedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        var copy = Path.Combine(Path.GetTempPath(), $"seen-online-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(copy, marked.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray());

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", AppFactory.AdminEmail);
        await page.FillAsync("#Input\\.Password", AppFactory.AdminPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/dashboard");
        await page.GotoAsync("/admin/verify");
        await page.WaitForInteractiveAsync();
        await page.ChooseFilesAsync(copy);

        await page.WaitForSelectorAsync("#verify-report");
        Assert.Contains(reference.Code, await page.InnerTextAsync("#verify-watermark"));
        var match = await page.InnerTextAsync("#matches .match-row");
        Assert.Contains(reference.Code, match);
        Assert.Contains("invisible watermark (exact)", match);
        await page.ShotAsync("admin-verify");
    }
}
