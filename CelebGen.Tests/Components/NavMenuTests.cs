using Bunit;
using CelebGen.Domain.Accounts;
using CelebGen.Web.Components.Layout;

namespace CelebGen.Tests.Components;

public sealed class NavMenuTests : ComponentTestBase
{
    [Fact]
    public void AnonymousVisitorsSeeNeitherTheDashboardNorTheAdminLinks()
    {
        AddAuthorization();
        var menu = Render<NavMenu>();
        Assert.Contains("Home", menu.Markup);
        Assert.DoesNotContain("Dashboard", menu.Markup);
        Assert.DoesNotContain("/admin", menu.Markup);
    }

    [Fact]
    public void SignedInUsersSeeTheirDashboardButNoAdminSection()
    {
        AddAuthorization().SetAuthorized("user@example.com");
        var menu = Render<NavMenu>();
        Assert.Contains("/dashboard", menu.Markup);
        Assert.DoesNotContain("/admin", menu.Markup);
    }

    [Fact]
    public void AdminsSeeTheAdminSectionWithTheJobsDashboard()
    {
        AddAuthorization().SetAuthorized("admin@example.com").SetRoles(Roles.Admin);
        var menu = Render<NavMenu>();
        Assert.Contains("href=\"/admin/jobs\"", menu.Markup);
    }
}
