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
        DefaultWaitTimeout = ComponentWaits.Timeout;
    }

    /// <summary>
    /// Renders as a live server circuit does (the layout checks RendererInfo.IsInteractive). Call it after the
    /// test's services are added: reaching the renderer builds the service provider, which then takes no more.
    /// </summary>
    protected void RenderAsLiveCircuit() =>
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();
}
