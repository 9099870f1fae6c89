using CelebGen.Tests.Billing.Support;
using Microsoft.Playwright;

namespace CelebGen.Tests.Billing.Browser;

/// <summary>The app host on a real socket, billing configured.</summary>
public sealed class ConfiguredBrowserApp : BillingAppFactory
{
    protected override bool RealServer => true;
}

/// <summary>The app host on a real socket, as a fresh install without Stripe keys.</summary>
public sealed class UnconfiguredBrowserApp : BillingAppFactory
{
    protected override bool RealServer => true;
    protected override bool BillingConfigured => false;
}

/// <summary>Opens pages in headless Chromium at phone width (360 px).</summary>
internal static class PhoneBrowser
{
    public static async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(Uri root, string path)
    {
        var playwright = await Playwright.CreateAsync();
        // Use the distribution's Chromium where there is one; otherwise the browser `playwright install` fetched.
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            Headless = true,
            ExecutablePath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null,
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        await page.GotoAsync(new Uri(root, path).ToString());
        return (playwright, browser, page);
    }

    public static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
    }
}

public sealed class PricingBrowserTests(ConfiguredBrowserApp app) : IClassFixture<ConfiguredBrowserApp>
{
    [Fact]
    public async Task AnAnonymousVisitorSeesThePlansAtPhoneWidthWithSignInToUpgrade()
    {
        var (playwright, browser, page) = await PhoneBrowser.OpenAsync(app.RootUri, "pricing");
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator("[data-plan=Plus]")).ToContainTextAsync("$9.99/month");
        await Assertions.Expect(page.Locator("[data-plan=Pro]")).ToContainTextAsync("500 images per day");
        await Assertions.Expect(page.Locator("[data-plan=Free]")).ToContainTextAsync("Visible CelebGen watermark");
        await Assertions.Expect(page.Locator("button[data-action=Plus]")).ToHaveTextAsync("Sign in to upgrade");
        await Assertions.Expect(page.Locator("button[data-action=Plus]")).ToBeEnabledAsync();
        Assert.Equal(0, await page.Locator("[data-test=not-configured]").CountAsync());
        Assert.True(await PhoneBrowser.FitsWidthAsync(page));
        await PhoneBrowser.ScreenshotAsync(page, "billing-pricing-360.png");
    }
}

public sealed class PricingNotConfiguredBrowserTests(UnconfiguredBrowserApp app) : IClassFixture<UnconfiguredBrowserApp>
{
    [Fact]
    public async Task WithoutStripeKeysThePricingPageRendersWithDisabledButtons()
    {
        var (playwright, browser, page) = await PhoneBrowser.OpenAsync(app.RootUri, "pricing");
        using var _ = playwright;
        await using var __ = browser;

        await Assertions.Expect(page.Locator("[data-test=not-configured]")).ToBeVisibleAsync();
        foreach (var tier in new[] { "Plus", "Pro" })
        {
            var button = page.Locator($"button[data-action={tier}]");
            await Assertions.Expect(button).ToHaveTextAsync("Billing is not configured");
            await Assertions.Expect(button).ToBeDisabledAsync();
        }
        Assert.True(await PhoneBrowser.FitsWidthAsync(page));
        await PhoneBrowser.ScreenshotAsync(page, "billing-pricing-not-configured-360.png");
    }
}
