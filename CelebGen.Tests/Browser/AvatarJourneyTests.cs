using CelebGen.Tests.Support;
using Microsoft.Playwright;

namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AvatarJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AUserUploadsAPhotoGeneratesWithAPresetWatchesProgressAndManagesTheResultInTheGallery()
    {
        var page = await browser.NewPageAsync();
        await page.SignUpAndLogInAsync(browser, "avatar@example.com");

        await page.GotoAsync("/photos");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#attest-self");
        await page.ClickAsync("#attest-understood");
        await page.ClickAsync("#attest-submit");
        await page.ChooseFilesAsync(Path.Combine(RepoPaths.TestImages, "022-Kokkini.jpg"));
        await page.WaitForSelectorAsync("#photo-grid .photo-card, #upload-results .upload-rejected", new() { Timeout = 30_000 });
        Assert.Empty(await page.QuerySelectorAllAsync("#upload-results .upload-rejected"));

        await page.GotoAsync("/generate");
        await page.WaitForInteractiveAsync();
        await page.WaitForSelectorAsync("#generate-form");
        Assert.Contains("5 of 5 left today", await page.InnerTextAsync("#quota-left"));
        await page.FillAsync("#prompt", "a smiling person with short red hair");
        await page.ClickAsync("#advanced");
        await page.ClickAsync(".mud-select:has(#reference-photo) .mud-input");
        await page.ClickAsync(".mud-popover-open .mud-list-item:has-text('022-Kokkini.jpg')");
        await page.WaitForSelectorAsync("img[alt='The chosen reference photo']");
        await page.WaitForSelectorAsync(".mud-popover-open", new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await page.ShotAsync("avatar-01-form");

        await page.ClickAsync("#generate-submit");
        await page.WaitForSelectorAsync("#job-panel, #submit-error", new() { Timeout = 30_000 });
        await page.ShotAsync("avatar-01b-submitted");
        Assert.Empty(await page.QuerySelectorAllAsync("#submit-error"));
        Assert.Contains("job=", page.Url);
        // The slow test UNet usually leaves time to see the steps; a fast machine may already be done.
        await page.WaitForSelectorAsync("#job-status[data-status='Running'], #job-status[data-status='Succeeded'], #job-status[data-status='Failed']", new() { Timeout = 30_000 });
        var status = await page.GetAttributeAsync("#job-status", "data-status");
        Assert.True(status != "Failed", await page.InnerTextAsync("#job-panel"));
        if (status == "Running")
        {
            Assert.Matches(@"Step \d+ of \d+", await page.InnerTextAsync("#job-step"));
            await page.ShotAsync("avatar-02-progress");
        }
        await page.WaitForSelectorAsync("#job-status[data-status='Succeeded']", new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#job-images .job-image");
        await page.ShotAsync("avatar-03-done");

        // A reload shows the same job from the database row.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#job-status[data-status='Succeeded']");

        await page.ClickAsync("#to-gallery");
        await page.WaitForSelectorAsync("#gallery-grid .gallery-card");
        Assert.Contains("a smiling person with short red hair", await page.InnerTextAsync("#gallery-grid .gallery-prompt"));
        await page.SettleAsync();
        await page.ShotAsync("avatar-04-gallery");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#gallery-grid .gallery-download"));
        Assert.EndsWith(".png", download.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(saved))[..4]);

        await page.ClickAsync("#gallery-grid .gallery-delete");
        await page.ClickAsync(".mud-dialog button:has-text('Delete')");
        await page.WaitForSelectorAsync("#gallery-empty");
        await page.ShotAsync("avatar-05-deleted");
    }

    [Fact]
    public async Task TheGeneratePageFitsAPhoneScreen()
    {
        var page = await browser.NewPageAsync(360, 800);
        await page.SignUpAndLogInAsync(browser, "phone-generate@example.com");
        await page.GotoAsync("/generate");
        await page.WaitForInteractiveAsync();
        await page.WaitForSelectorAsync("#generate-form");
        await page.ShotAsync("generate-phone");
        Assert.True(await page.FitsWidthAsync());
    }
}
