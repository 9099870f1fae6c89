using Bunit;
using CelebGen.Web.Components.Layout;

namespace CelebGen.Tests.Components;

public sealed class UserMenuTests : ComponentTestBase
{
    [Fact]
    public void AnonymousVisitorsGetLogInAndSignUp()
    {
        AddAuthorization();
        var menu = Render<UserMenu>();
        Assert.NotNull(menu.Find("#login-link"));
        Assert.NotNull(menu.Find("#register-link"));
    }

    [Fact]
    public void SignedInUsersCanOpenTheMenuAndLogOutWithAnAntiforgeryProtectedPost()
    {
        AddAuthorization().SetAuthorized("user@example.com");
        var popovers = RenderPopoverProvider();
        var menu = Render<UserMenu>();
        menu.Find("#user-menu button").Click();

        var form = popovers.Find("form[action='Account/Logout']");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Contains("user@example.com", popovers.Markup);
        Assert.Empty(menu.FindAll("#login-link"));
    }
}
