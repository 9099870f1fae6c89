namespace CelebGen.Tests.Components;

/// <summary>
/// How long bunit's WaitFor helpers wait for a component to reach the asserted state. bunit's own default of one
/// second is shorter than a database round trip can take on a loaded two-core CI machine; a wait that succeeds
/// returns at once, so only a real failure costs the full time.
/// </summary>
public static class ComponentWaits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
