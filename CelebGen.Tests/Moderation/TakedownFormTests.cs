using System.Net;
using AngleSharp.Html.Parser;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Moderation.Matching;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CelebGen.Tests.Moderation;

/// <summary>The public form posted as a browser posts it (multipart, antiforgery token), through the real host.</summary>
public sealed class TakedownFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AReportWithTheImageGetsATrackingNumberByEmailAndIsMatchedByWatermark()
    {
        var (image, png) = await SeedImageAsync();
        using var bitmap = SKBitmap.Decode(png);
        var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();

        var html = await PostAsync(Fields("ana@example.com"), ("leak.jpg", jpeg));

        var tracking = new HtmlParser().ParseDocument(html).QuerySelector("#tracking-number")?.TextContent;
        Assert.StartsWith("TD-", tracking);
        var mail = app.Outbox.MessagesTo("ana@example.com").Single();
        Assert.Contains(tracking!, mail.Subject);

        var match = await WaitForMatchAsync(tracking!);
        Assert.Equal((image.Id, MatchKind.Watermark), (match.ImageId, match.Kind));
    }

    [Fact]
    public async Task AReportWithoutEvidenceIsRefusedAndKeepsWhatWasTyped()
    {
        var fields = Fields("bo@example.com");
        fields.Remove("Input.ReferenceCode");
        var html = await PostAsync(fields, null);
        Assert.Contains("at least one piece of evidence", html);
        Assert.Contains("value=\"Bo Reporter\"", html);
        Assert.Empty(app.Outbox.MessagesTo("bo@example.com"));
    }

    [Fact]
    public async Task ANonImageFileAndABadCodeGetFieldMessages()
    {
        var fields = Fields("cy@example.com");
        fields["Input.ReferenceCode"] = "not-a-code";
        var html = await PostAsync(fields, ("notes.jpg", "plain text"u8.ToArray()));
        Assert.Contains("must be a JPEG, PNG or WebP image", html);
        Assert.Contains("looks like ABCDE-12345", html);
    }

    [Fact]
    public async Task TheOptionalFieldsLeftEmptyAsABrowserPostsThemAreAccepted()
    {
        var fields = Fields("eve@example.com");
        fields["Input.SeenAtUrl"] = "";
        Assert.Contains("tracking-number", await PostAsync(fields, null));
    }

    [Fact]
    public async Task ReportsAreRateLimitedPerEmail()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("tracking-number", await PostAsync(Fields("dee@example.com"), null));
        }
        Assert.Contains("Too many requests", await PostAsync(Fields("dee@example.com"), null));
    }

    private static Dictionary<string, string> Fields(string email) => new()
    {
        ["Input.ReporterName"] = "Bo Reporter",
        ["Input.ReporterEmail"] = email,
        ["Input.Relationship"] = "PersonShown",
        ["Input.Category"] = "LikenessWithoutConsent",
        ["Input.ReferenceCode"] = "00000-00001",
        ["Input.Description"] = "This avatar shows my face and I never agreed to it.",
        ["Input.GoodFaith"] = "true",
        ["Input.Signature"] = "Bo Reporter",
    };

    private async Task<string> PostAsync(Dictionary<string, string> fields, (string Name, byte[] Bytes)? file)
    {
        var client = app.NewClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/takedown"));
        var content = new MultipartFormDataContent();
        foreach (var hidden in page.QuerySelectorAll("form input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }
        if (file is { } f)
        {
            content.Add(new ByteArrayContent(f.Bytes), "Evidence", f.Name);
        }
        var response = await client.PostAsync("/takedown", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<Domain.Moderation.Takedowns.TakedownMatch> WaitForMatchAsync(string tracking)
    {
        for (var i = 0; i < 200; i++)
        {
            var match = await GenerationAppFactory.WithDbAsync(app, db =>
                db.TakedownRequests.Where(r => r.TrackingNumber == tracking)
                    .Join(db.TakedownMatches, r => r.Id, m => m.RequestId, (r, m) => m).FirstOrDefaultAsync());
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No match was attached to {tracking}.");
    }

    private async Task<(GalleryImage, byte[])> SeedImageAsync()
    {
        var userId = await GenerationAppFactory.NewUserAsync(app);
        using var source = SKBitmap.Decode(Path.Combine(RepoPaths.TestImages, "040-rhythm.jpg"));
        using var square = source.Resize(new SKImageInfo(512, 512), new SKSamplingOptions(SKFilterMode.Linear));
        var finished = app.Services.GetRequiredService<GeneratedImageFinisher>().Finish(square, ImageReference.NewRandom(), withVisibleMark: true);
        var job = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = "x", Prompt = "x", Queue = "gpu", PlanName = "Free", Status = GenerationStatus.Succeeded };
        var image = new GalleryImage
        {
            JobId = job.Id, UserId = userId, ReferenceId = (long)finished.Reference.Value, ReferenceCode = finished.Reference.Code,
            PerceptualHash = finished.PerceptualHash.ToHex(), Width = 512, Height = 512, CreatedAt = DateTimeOffset.UtcNow,
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
