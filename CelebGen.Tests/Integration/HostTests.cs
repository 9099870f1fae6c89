using System.Net;
using CelebGen.Tests.Support;

namespace CelebGen.Tests.Integration;

public sealed class HostTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task HealthCheckReportsTheDatabaseReachable()
    {
        var response = await app.NewClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LandingPageSaysWhatCelebGenDoesAndCarriesSecurityHeaders()
    {
        var response = await app.NewClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Portraits of you, in any style", html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task StaticAssetsFromTheTopLevelWebRootAreServed()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/app.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/_content/MudBlazor/MudBlazor.min.css")).StatusCode);
    }

    [Fact]
    public async Task UnknownAddressesGetTheFriendlyNotFoundPage()
    {
        var response = await app.NewClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
