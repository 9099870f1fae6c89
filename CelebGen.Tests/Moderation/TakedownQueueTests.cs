using System.Net;
using AngleSharp.Html.Parser;
using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Domain.Moderation.Takedowns.Actions;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using SkiaSharp;
using static CelebGen.Tests.Moderation.TakedownSteps;

namespace CelebGen.Tests.Moderation;

/// <summary>Urgent requests (likeness, intimate imagery) are due at once here, so they are overdue as soon as they arrive.</summary>
public sealed class UrgentNowAppFactory : AppFactory
{
    public UrgentNowAppFactory()
    {
        GenerationAppFactory.Install(this, gpuWorker: false);
        With("Takedowns:UrgentDeadlineHours", "0");
    }
}

public sealed class TakedownQueueTests(UrgentNowAppFactory app) : IClassFixture<UrgentNowAppFactory>
{
    private const string NoSuchImage = "00000-00001";

    [Fact]
    public async Task TheQueueFiltersByStatusAndCategorySortsByAgeAndFlagsOverdueRequestsByTheirConfiguredDeadline()
    {
        var likeness = await app.ReportAsync(NoSuchImage, NewEmail("a"), TakedownCategory.LikenessWithoutConsent);
        var copyright = await app.ReportAsync(NoSuchImage, NewEmail("b"), TakedownCategory.Copyright);
        var intimate = await app.ReportAsync(NoSuchImage, NewEmail("c"), TakedownCategory.IntimateImagery);
        string[] mine = [likeness.TrackingNumber, copyright.TrackingNumber, intimate.TrackingNumber];
        var queue = app.Get<TakedownQueue>();

        var open = (await queue.ListAsync(new TakedownQueueFilter(TakedownQueueFilter.Open))).Where(i => mine.Contains(i.TrackingNumber)).ToList();
        Assert.Equal(mine, open.Select(i => i.TrackingNumber));
        Assert.Equal([true, false, true], open.Select(i => i.Overdue));
        var newest = (await queue.ListAsync(new TakedownQueueFilter(NewestFirst: true))).Where(i => mine.Contains(i.TrackingNumber));
        Assert.Equal(mine.Reverse(), newest.Select(i => i.TrackingNumber));
        var copyrightOnly = await queue.ListAsync(new TakedownQueueFilter(Category: TakedownCategory.Copyright));
        Assert.Contains(copyrightOnly, i => i.TrackingNumber == copyright.TrackingNumber);
        Assert.All(copyrightOnly, i => Assert.Equal(TakedownCategory.Copyright, i.Category));

        await app.Get<TakedownDecisions>().RejectAsync(await app.AdminAsync(), likeness.TrackingNumber, "Not an image made here.");
        var rejected = await queue.ListAsync(new TakedownQueueFilter([TakedownStatus.Rejected]));
        var item = Assert.Single(rejected, i => i.TrackingNumber == likeness.TrackingNumber);
        Assert.False(item.Overdue, "A decided request is no longer overdue");
        Assert.DoesNotContain(await queue.ListAsync(new TakedownQueueFilter(TakedownQueueFilter.Open)), i => i.TrackingNumber == likeness.TrackingNumber);
        var (openCount, overdueCount) = await queue.CountOpenAsync();
        Assert.True(openCount >= 2 && overdueCount >= 1 && overdueCount < openCount, $"{openCount} open, {overdueCount} overdue");
    }

    [Fact]
    public async Task TheQueuePageShowsTheFilteredRequestsWithOverdueBadges()
    {
        var urgent = await app.ReportAsync(NoSuchImage, NewEmail("d"), TakedownCategory.IntimateImagery);
        var standard = await app.ReportAsync(NoSuchImage, NewEmail("e"), TakedownCategory.Copyright);
        var admin = await AdminClientAsync();

        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync("/admin/takedowns?status=open&category=IntimateImagery"));
        var row = Assert.Single(page.QuerySelectorAll("#queue-table tbody tr"), r => r.TextContent.Contains(urgent.TrackingNumber));
        Assert.NotNull(row.QuerySelector(".takedown-overdue"));
        Assert.DoesNotContain(standard.TrackingNumber, page.Body!.TextContent);
        var all = await admin.GetStringAsync("/admin/takedowns?status=all&category=all&sort=newest");
        Assert.Contains(standard.TrackingNumber, all);
        Assert.Contains(urgent.TrackingNumber, all);
    }

    [Fact]
    public async Task OpeningARequestTakesItIntoReviewAndItsEvidenceIsServedToAdminsOnly()
    {
        using var picture = new SKBitmap(300, 300);
        picture.Erase(SKColors.Teal);
        var png = picture.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        var request = await app.ReportAsync(NoSuchImage, NewEmail("f"), evidence: new TakedownEvidence("seen.png", png));
        Assert.Equal(TakedownStatus.New, request.Status);
        var admin = await AdminClientAsync();

        var detail = await admin.GetStringAsync($"/admin/takedowns/{request.TrackingNumber}");
        Assert.Contains(request.Description, detail);
        Assert.Contains("No image made here matches", detail);
        Assert.Equal(TakedownStatus.InReview, (await app.RequestAsync(request.TrackingNumber)).Status);
        Assert.Contains(await app.AuditOfAsync(request.TrackingNumber), e => e.Action == TakedownReview.StartedAction && e.Actor == AppFactory.AdminEmail);

        var evidence = $"/admin/takedowns/{request.TrackingNumber}/evidence";
        var served = await admin.GetAsync(evidence);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/takedowns/TD-NOSUCH00/evidence")).StatusCode);
        var anonymous = await app.NewClient().GetAsync(evidence);
        Assert.StartsWith("/Account/Login", anonymous.RedirectPath());
        var user = await app.SignedInUserAsync(NewEmail("nosy"));
        var denied = await user.GetAsync(evidence);
        Assert.StartsWith("/Account/AccessDenied", denied.RedirectPath());
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(denied.RedirectPath())).StatusCode);
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(AppFactory.AdminEmail, AppFactory.AdminPassword)).StatusCode);
        return client;
    }
}
