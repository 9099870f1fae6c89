using Bunit;
using CelebGen.Domain.Data;
using CelebGen.Tests.Support;
using CelebGen.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Components;

public sealed class MainLayoutTests : ComponentTestBase
{
    private readonly TempFolder folder = new();

    public MainLayoutTests()
    {
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder.Path, "t.db")}"));
        Services.AddScoped<ThemePreference>();
        AddAuthorization();
        // The layout renders as in a live circuit (it reads RendererInfo.IsInteractive). After the registrations
        // above: the renderer resolves services, and bunit refuses registrations after that.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void TheLayoutHasTheAppBarTheDrawerAndTheBody()
    {
        var layout = RenderLayout(initialDark: null);
        Assert.NotNull(layout.Find("header.mud-appbar"));
        Assert.NotNull(layout.Find("#nav-drawer"));
        Assert.Contains("page body", layout.Find("#main-content").TextContent);
        Assert.NotNull(layout.Find("a.cg-skip-link[href='#main-content']"));
    }

    [Fact]
    public void TheToggleSwitchesToDarkModeAndRemembersIt()
    {
        var remember = JSInterop.SetupVoid("celebgenTheme.remember", true);
        var layout = RenderLayout(initialDark: false);
        Assert.Equal("Switch to dark mode", layout.Find("#theme-toggle").GetAttribute("aria-label"));

        layout.Find("#theme-toggle").Click();

        Assert.Equal("Switch to light mode", layout.Find("#theme-toggle").GetAttribute("aria-label"));
        remember.VerifyInvoke("celebgenTheme.remember");
    }

    [Fact]
    public void TheThemeStartsFromThePreferenceReadAtPrerender()
    {
        var layout = RenderLayout(initialDark: true);
        Assert.Equal("Switch to light mode", layout.Find("#theme-toggle").GetAttribute("aria-label"));
    }

    private IRenderedComponent<CascadingValue<bool?>> RenderLayout(bool? initialDark) =>
        Render<CascadingValue<bool?>>(p => p
            .Add(c => c.Name, "InitialDarkMode")
            .Add(c => c.Value, initialDark)
            .AddChildContent<MainLayout>(l => l.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page body")))));

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        folder.Dispose();
    }
}
