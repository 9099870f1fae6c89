using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace CelebGen.Tests.Components;

/// <summary>
/// bunit context set up the way MudBlazor's own tests do: Mud services, loose JS interop (MudBlazor calls
/// many JS helpers we do not assert on), and a rendered popover provider so menus can open.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    // MudBlazor registers services that only support async disposal, so xunit must dispose us asynchronously.
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected ComponentTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
