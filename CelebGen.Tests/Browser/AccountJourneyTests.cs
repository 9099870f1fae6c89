namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task ANewUserRegistersConfirmsLogsInSeesTheDashboardAndLogsOut()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.ShotAsync("journey-01-landing");

        await page.ClickAsync("#hero-register");
        await page.FillAsync("#Input\\.Email", "walker@example.com");
        await page.FillAsync("#Input\\.Password", "Str0ng!Passw0rd");
        await page.FillAsync("#Input\\.ConfirmPassword", "Str0ng!Passw0rd");
        await page.ShotAsync("journey-02-register");
        await page.ClickAsync("#register-submit");
        await page.WaitForURLAsync("**/Account/RegisterConfirmation**");
        await page.ShotAsync("journey-03-check-email");

        var link = await browser.App.Outbox.WaitForLinkAsync("walker@example.com", "Confirm");
        await page.GotoAsync(new Uri(link).PathAndQuery);
        Assert.Contains("your email is confirmed", await page.InnerTextAsync("#status-message"));
        await page.ShotAsync("journey-04-confirmed");

        await page.ClickAsync("#confirmed-login");
        await page.FillAsync("#Input\\.Email", "walker@example.com");
        await page.FillAsync("#Input\\.Password", "Str0ng!Passw0rd");
        await page.ShotAsync("journey-05-login");
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/dashboard");
        await page.WaitForInteractiveAsync();
        Assert.Contains("walker@example.com", await page.InnerTextAsync("#dashboard-user"));
        await page.ShotAsync("journey-06-dashboard");

        await page.ClickAsync("#user-menu button");
        await page.ClickAsync("#logout-button");
        await page.WaitForSelectorAsync("#login-link");
        await page.ShotAsync("journey-07-logged-out");

        await page.GotoAsync("/dashboard");
        await page.WaitForURLAsync("**/Account/Login**");
    }
}
