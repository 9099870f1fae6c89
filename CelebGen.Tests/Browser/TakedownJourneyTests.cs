using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Tests.Moderation;
using Microsoft.Playwright;

namespace CelebGen.Tests.Browser;

/// <summary>The takedown journey across three people: the owner who made an image, a reporter, and the admin.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TakedownJourneyTests(BrowserFixture browser)
{
    private static readonly PageWaitForSelectorOptions Matching = new() { Timeout = 120_000 };

    [Fact]
    public async Task AGeneratedImageSavedAsJpegIsReportedMatchedRemovedByTheAdminAndGoneFromTheOwnersGallery()
    {
        var owner = await browser.NewPageAsync();
        await owner.SignUpAndLogInAsync(browser, "takedown-owner@example.com");
        await owner.GotoAsync("/generate");
        await owner.WaitForInteractiveAsync();
        await owner.FillAsync("#prompt", "a portrait of a famous singer");
        await owner.ClickAsync("#generate-submit");
        await owner.WaitForSelectorAsync("#job-status[data-status='Succeeded']", new() { Timeout = 120_000 });
        await owner.GotoAsync("/gallery");
        var card = await owner.WaitForSelectorAsync("#gallery-grid .gallery-card");
        var imageId = await card!.GetAttributeAsync("data-image");
        var download = await owner.RunAndWaitForDownloadAsync(() => owner.ClickAsync("#gallery-grid .gallery-card [aria-label='Download JPEG']"));
        Assert.EndsWith(".jpg", download.SuggestedFilename);
        var jpeg = Path.Combine(Path.GetTempPath(), $"seen-online-{Guid.NewGuid():N}.jpg");
        await download.SaveAsAsync(jpeg);

        var reporter = await browser.NewPageAsync(360, 800);
        await reporter.GotoAsync("/takedown");
        await reporter.FillAsync("#Input\\.ReporterName", "Sam Singer");
        await reporter.FillAsync("#Input\\.ReporterEmail", "sam.singer@example.com");
        await reporter.SelectOptionAsync("#Input\\.Category", "LikenessWithoutConsent");
        await reporter.SetInputFilesAsync("#Evidence", jpeg);
        await reporter.FillAsync("#Input\\.Description", "This picture uses my face; I never agreed to it.");
        await reporter.CheckAsync("#Input\\.GoodFaith");
        await reporter.FillAsync("#Input\\.Signature", "Sam Singer");
        await reporter.ClickAsync("#takedown-submit");
        await reporter.WaitForSelectorAsync("#tracking-number, #takedown-error");
        await reporter.ShotAsync("takedown-01-reported-360");
        var tracking = await reporter.InnerTextAsync("#tracking-number");
        await reporter.ShotAsync("takedown-01-reported-360");

        var admin = await browser.NewPageAsync();
        await admin.LogInAsAdminAsync();
        await admin.GotoAsync("/admin/takedowns");
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync($"#queue-table a:has-text('{tracking}')");
        // The detail page follows the background matching job until it has attached the image.
        await admin.WaitForSelectorAsync($".match-card[data-image='{imageId}']", Matching);
        Assert.Matches("watermark|reference code", await admin.InnerTextAsync(".match-card .match-kind"));
        Assert.Contains("a portrait of a famous singer", await admin.InnerTextAsync(".match-card .match-prompt"));
        Assert.Equal("InReview", await admin.GetAttributeAsync(".takedown-status", "data-status"));
        await admin.SettleAsync();
        await admin.ShotAsync("takedown-02-detail-1280");

        // Keyboard only: choose the action with the space bar, type the reason, press the button with Enter.
        await admin.GetByRole(AriaRole.Radio, new() { Name = "Remove matched images" }).FocusAsync();
        await admin.Keyboard.PressAsync("Space");
        // The exact match is ticked for removal already.
        await Assertions.Expect(admin.Locator("#decision-panel").GetByRole(AriaRole.Checkbox)).ToBeCheckedAsync();
        await admin.FocusAsync("#decision-reason");
        await admin.Keyboard.TypeAsync("The reporter is the person shown and did not consent.");
        await admin.FocusAsync("#decision-apply");
        await admin.Keyboard.PressAsync("Enter");
        await admin.ClickAsync(".mud-dialog button:has-text('Remove')");
        await admin.WaitForSelectorAsync("#decision-result:has-text('Removed 1 image')");
        await admin.WaitForSelectorAsync(".takedown-status[data-status='Actioned']");
        await admin.WaitForSelectorAsync(".match-card .match-removed");
        await admin.ShotAsync("takedown-03-actioned-1280");

        await owner.GotoAsync("/gallery");
        var removed = await owner.WaitForSelectorAsync($".gallery-card[data-image='{imageId}'] .gallery-removed");
        Assert.Contains("Removed after a takedown request", await removed!.InnerTextAsync());
        Assert.Empty(await owner.QuerySelectorAllAsync($".gallery-card[data-image='{imageId}'] img"));
        Assert.Equal(404, (await owner.APIRequest.GetAsync($"/images/{imageId}")).Status);
        Assert.Equal(404, (await owner.APIRequest.GetAsync($"/images/{imageId}/download?format=jpg")).Status);
        await owner.ShotAsync("takedown-04-owner-gallery-1280");
    }

    [Fact]
    public async Task TheQueueAndADetailFitAPhoneScreen()
    {
        var ownerId = await Generation.GenerationAppFactory.NewUserAsync(browser.App);
        var image = (await browser.App.GenerateAsync(ownerId, "a phone-sized portrait")).Single();
        var request = await browser.App.ReportAsync(image.ReferenceCode, TakedownSteps.NewEmail("phone"), TakedownCategory.IntimateImagery);

        foreach (var width in new[] { 360, 1280 })
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.LogInAsAdminAsync();
            await page.GotoAsync("/admin/takedowns?status=all&sort=newest");
            await page.WaitForInteractiveAsync();
            await page.WaitForSelectorAsync($"#queue-table a:has-text('{request.TrackingNumber}')");
            await page.ShotAsync($"takedown-queue-{width}");
            Assert.True(await page.FitsWidthAsync(), $"the queue is wider than {width}px");

            await page.GotoAsync($"/admin/takedowns/{request.TrackingNumber}");
            await page.WaitForInteractiveAsync();
            await page.WaitForSelectorAsync(".match-card");
            await page.GetByRole(AriaRole.Radio, new() { Name = "Suspend the account" }).CheckAsync();
            await page.SettleAsync();
            await page.ShotAsync($"takedown-detail-{width}");
            Assert.True(await page.FitsWidthAsync(), $"the detail is wider than {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task SuspendingAnAccountSendsItsOpenPageToLogInAndRefusesItsNextLogIn()
    {
        var owner = await browser.NewPageAsync();
        await owner.SignUpAndLogInAsync(browser, "suspended-owner@example.com");
        await owner.GotoAsync("/gallery");
        await owner.WaitForInteractiveAsync();

        var admin = await browser.NewPageAsync(360, 800);
        await admin.LogInAsAdminAsync();
        await admin.GotoAsync("/admin/users?email=suspended-owner@example.com");
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync("[data-user='suspended-owner@example.com'] button[data-test=suspension-toggle]");
        await admin.FillAsync("input[data-test=suspension-reason]", "Repeated impersonation of a public figure.");
        await admin.ClickAsync("button[data-test=suspension-apply]");
        await admin.WaitForSelectorAsync("[data-test=suspension-message]:has-text('is suspended')");
        await admin.WaitForSelectorAsync("[data-user='suspended-owner@example.com'] [data-test=suspended]");
        await admin.ShotAsync("admin-users-suspended-360");
        Assert.True(await admin.FitsWidthAsync());

        // The open circuit rechecks the account (every 2 s in these tests) and is sent to log in.
        await owner.WaitForURLAsync("**/Account/Login**", new() { Timeout = 30_000 });
        await owner.FillAsync("#Input\\.Email", "suspended-owner@example.com");
        await owner.FillAsync("#Input\\.Password", BrowserSteps.Password);
        await owner.ClickAsync("#login-submit");
        await owner.WaitForSelectorAsync("text=This account is suspended");
        await owner.ShotAsync("login-suspended-1280");
    }
}
