using Microsoft.Playwright;

namespace CelebGen.Tests.Browser;

/// <summary>Steps several journeys share, done through the real pages.</summary>
public static class BrowserSteps
{
    public const string Password = "Str0ng!Passw0rd";

    /// <summary>Registers, confirms through the outbox link and logs in; leaves the page on the dashboard.</summary>
    public static async Task SignUpAndLogInAsync(this IPage page, BrowserFixture browser, string email)
    {
        await page.GotoAsync("/Account/Register");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", Password);
        await page.FillAsync("#Input\\.ConfirmPassword", Password);
        await page.ClickAsync("#register-submit");
        await page.WaitForURLAsync("**/Account/RegisterConfirmation**");
        var link = await browser.App.Outbox.WaitForLinkAsync(email, "Confirm");
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", Password);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/dashboard");
    }

    /// <summary>Logs in as the seeded admin; leaves the page on the dashboard.</summary>
    public static async Task LogInAsAdminAsync(this IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", Support.AppFactory.AdminEmail);
        await page.FillAsync("#Input\\.Password", Support.AppFactory.AdminPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/dashboard");
    }
}
