using CelebGen.Tests.Support;
using Microsoft.Playwright;

namespace CelebGen.Tests.Browser;

public static class PageExtensions
{
    /// <summary>Saves a full-page screenshot under artifacts/browser so a person can look at what the test saw.</summary>
    public static Task ShotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("browser"), name + ".png"), FullPage = true });

    /// <summary>Waits until Blazor's circuit is connected, so clicks on interactive components are handled.</summary>
    public static async Task WaitForInteractiveAsync(this IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
    }

    /// <summary>True when nothing sticks out sideways: the page fits its viewport width.</summary>
    public static Task<bool> FitsWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
