using CelebGen.Tests.Support;

namespace CelebGen.Tests.Browser;

/// <summary>Pages behind a login, opened in a real browser at phone and desktop width (screenshots in artifacts/browser).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignedInPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/admin", "admin-home")]
    [InlineData("/admin/users", "admin-users")]
    public async Task AdminPagesRenderForTheAdminAtPhoneAndDesktopWidth(string path, string name)
    {
        foreach (var width in new[] { 360, 1280 })
        {
            var page = await browser.NewPageAsync(width, 800);
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("#Input\\.Email", AppFactory.AdminEmail);
            await page.FillAsync("#Input\\.Password", AppFactory.AdminPassword);
            await page.ClickAsync("#login-submit");
            await page.WaitForURLAsync("**/dashboard");
            await page.GotoAsync(path);
            await page.WaitForInteractiveAsync();
            await page.ShotAsync($"{name}-{width}");
            Assert.True(await page.FitsWidthAsync(), $"{path} is wider than {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheBillingPageShowsAFreeUserTheirPlan()
    {
        var page = await browser.NewPageAsync(360, 800);
        await page.SignUpAndLogInAsync(browser, "billing-page@example.com");
        await page.GotoAsync("/billing");
        await page.WaitForInteractiveAsync();
        await page.WaitForSelectorAsync("text=Free");
        await page.ShotAsync("billing-free-360");
        Assert.True(await page.FitsWidthAsync());
    }
}
