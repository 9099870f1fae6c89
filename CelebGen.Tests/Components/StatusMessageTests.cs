using Bunit;
using CelebGen.Web.Components.Account.Shared;

namespace CelebGen.Tests.Components;

public sealed class StatusMessageTests : ComponentTestBase
{
    [Fact]
    public void AnErrorMessageShowsAsAnErrorAlertWithoutItsPrefix()
    {
        var status = Render<StatusMessage>(p => p.Add(s => s.Message, "Error: Wrong email or password."));
        var alert = status.Find("#status-message");
        Assert.Contains("mud-alert-text-error", alert.ClassName);
        Assert.Equal("Wrong email or password.", alert.TextContent.Trim());
    }

    [Fact]
    public void AnyOtherMessageShowsAsSuccess()
    {
        var status = Render<StatusMessage>(p => p.Add(s => s.Message, "Your password has been changed."));
        Assert.Contains("mud-alert-text-success", status.Find("#status-message").ClassName);
    }

    [Fact]
    public void NoMessageRendersNothing()
    {
        var status = Render<StatusMessage>();
        Assert.Empty(status.FindAll("#status-message"));
    }
}
