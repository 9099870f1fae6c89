using CelebGen.Tests.Support;
using Microsoft.Playwright;

namespace CelebGen.Tests.Browser;

public static class PageExtensions
{
    /// <summary>Saves a full-page screenshot under artifacts/browser so a person can look at what the test saw.</summary>
    public static Task ShotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("browser"), name + ".png"), FullPage = true });

    /// <summary>
    /// Waits until Blazor's circuit is connected, so clicks on interactive components are handled. The layout
    /// renders #cg-interactive only when interactive; "network idle" proved unreliable on a loaded machine.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.WaitForSelectorAsync("#cg-interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>
    /// Chooses files in a Blazor file input once Blazor listens to it. The input is in the page a moment before
    /// Blazor's InputFile script attaches its change handler (it sets _blazorInputFileNextFileId then); files set
    /// in that gap are dropped silently, which a loaded machine made visible as an upload that never started.
    /// </summary>
    public static async Task ChooseFilesAsync(this IPage page, params string[] paths)
    {
        await page.WaitForFunctionAsync(
            "() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.SetInputFilesAsync("input[type=file]", paths);
    }

    /// <summary>Gives images a moment to arrive before a screenshot; only the picture depends on it, never an assertion.</summary>
    public static async Task SettleAsync(this IPage page)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            // A busy machine can keep the network from looking idle; the screenshot is taken anyway.
        }
    }

    /// <summary>True when nothing sticks out sideways: the page fits its viewport width.</summary>
    public static Task<bool> FitsWidthAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
