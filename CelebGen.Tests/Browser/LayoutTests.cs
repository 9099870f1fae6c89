namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    public static TheoryData<string, string> PublicPages => new()
    {
        { "/", "landing" },
        { "/Account/Login", "login" },
        { "/Account/Register", "register" },
        { "/Account/ForgotPassword", "forgot-password" },
        { "/pricing", "pricing" },
        { "/takedown", "takedown" },
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPagesFitAPhoneScreenAndADesktop(string path, string name)
    {
        foreach (var width in new[] { 360, 1280 })
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.GotoAsync(path);
            await page.ShotAsync($"layout-{name}-{width}");
            Assert.True(await page.FitsWidthAsync(), $"{path} is wider than a {width}px screen");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheDarkModeChoiceIsRememberedOnTheNextVisit()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        Assert.Equal("Switch to dark mode", await page.GetAttributeAsync("#theme-toggle", "aria-label"));

        await page.ClickAsync("#theme-toggle");
        await page.WaitForSelectorAsync("#theme-toggle[aria-label='Switch to light mode']");
        await page.ReloadAsync();
        Assert.Equal("Switch to light mode", await page.GetAttributeAsync("#theme-toggle", "aria-label"));
        await page.ShotAsync("layout-landing-dark");
    }
}
