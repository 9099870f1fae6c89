using System.Net;
using CelebGen.Tests.Support;

namespace CelebGen.Tests.Integration;

/// <summary>The admin area and the jobs dashboard refuse everyone but admins, at the HTTP level.</summary>
public sealed class AdminAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> AdminRoutes =>
        ["/admin", "/admin/jobs", "/admin/users", "/admin/verify", "/admin/policy", "/admin/audit", "/admin/takedowns", "/admin/takedowns/TD-NOSUCH00"];

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AnonymousVisitorsAreSentToLogIn(string route)
    {
        var response = await app.NewClient().GetAsync(route);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task SignedInNonAdminsAreDenied(string route)
    {
        var client = await app.SignedInUserAsync($"user{Guid.NewGuid():N}@example.com");
        var response = await client.GetAsync(route);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.RedirectPath())).StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task TheSeededAdminGetsIn(string route)
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(AppFactory.AdminEmail, AppFactory.AdminPassword)).StatusCode);
        var response = await client.GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
