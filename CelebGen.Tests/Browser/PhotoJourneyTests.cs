using CelebGen.Tests.Support;

namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PhotoJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task AUserAttestsUploadsAGoodAndABadFileSeesBothResultsAndDeletesThePhoto()
    {
        var page = await browser.NewPageAsync();
        await page.SignUpAndLogInAsync(browser, "photos@example.com");
        await page.GotoAsync("/photos");
        await page.WaitForInteractiveAsync();
        await page.ShotAsync("photos-01-attest");

        await page.ClickAsync("#attest-self");
        await page.ClickAsync("#attest-understood");
        await page.ClickAsync("#attest-submit");
        await page.WaitForSelectorAsync("#photos-empty");
        await page.ShotAsync("photos-02-empty");

        var notAnImage = Path.Combine(Path.GetTempPath(), "holiday.jpg");
        await File.WriteAllTextAsync(notAnImage, "this is text, not a photo");
        await page.ChooseFilesAsync(Path.Combine(RepoPaths.TestImages, "019-Kay.jpg"), notAnImage);

        await page.WaitForSelectorAsync("#upload-results .upload-added");
        await page.WaitForSelectorAsync("#photo-grid .photo-card");
        Assert.Contains("not a JPEG, PNG or WebP", await page.InnerTextAsync("#upload-results .upload-rejected"));
        var style = await page.GetAttributeAsync("#photo-grid .mud-card-media", "style") ?? "";
        var thumbUrl = System.Text.RegularExpressions.Regex.Match(style, "url\\(['\"]?([^'\")]+)").Groups[1].Value;
        var thumb = await page.Context.APIRequest.GetAsync(thumbUrl);
        Assert.Equal(200, thumb.Status);
        Assert.Equal("image/jpeg", thumb.Headers["content-type"]);
        await page.SettleAsync();
        await page.ShotAsync("photos-03-uploaded");

        await page.ClickAsync("#photo-grid .photo-delete");
        await page.ClickAsync(".mud-dialog button:has-text('Delete')");
        await page.WaitForSelectorAsync("#photos-empty");
        await page.ShotAsync("photos-04-deleted");
    }

    [Fact]
    public async Task ThePhotosPageFitsAPhoneScreen()
    {
        var page = await browser.NewPageAsync(360, 800);
        await page.SignUpAndLogInAsync(browser, "phone-photos@example.com");
        await page.GotoAsync("/photos");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#attest-consent");
        await page.ClickAsync("#attest-understood");
        await page.ClickAsync("#attest-submit");
        await page.WaitForSelectorAsync("#photo-pick");
        await page.ShotAsync("photos-phone");
        Assert.True(await page.FitsWidthAsync());
    }
}
