using System.Net;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Storage;
using CelebGen.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Integration;

public sealed class AccountFlowTests : IClassFixture<AppFactory>
{
    private readonly AppFactory app;

    public AccountFlowTests(AppFactory app) => this.app = app;

    [Fact]
    public async Task RegisteringSendsAConfirmationLinkAndLoginWorksOnlyAfterConfirming()
    {
        var client = app.NewClient();
        var registered = await client.RegisterAsync("new@example.com");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/Account/RegisterConfirmation", registered.RedirectPath());

        var early = await client.LoginAsync("new@example.com");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("confirm your email first", await early.Content.ReadAsStringAsync());

        await client.ConfirmEmailAsync(app, "new@example.com");
        var login = await client.LoginAsync("new@example.com");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.EndsWith("dashboard", login.RedirectPath());

        var dashboard = await client.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task RegistrationWithoutTheAntiforgeryTokenIsRefused()
    {
        var client = app.NewClient();
        var response = await client.PostAsync("/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register",
            ["Input.Email"] = "csrf@example.com",
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Outbox.MessagesTo("csrf@example.com"));
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenForTheRightPassword()
    {
        await app.SignedInUserAsync("lock@example.com");
        var client = app.NewClient();
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.LoginAsync("lock@example.com", "Wrong!Passw0rd");
            Assert.Contains("Wrong email or password", await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await client.LoginAsync("lock@example.com", "Wrong!Passw0rd");
        Assert.Equal("/Account/Lockout", fifth.RedirectPath());

        var right = await client.LoginAsync("lock@example.com");
        Assert.Equal("/Account/Lockout", right.RedirectPath());
    }

    [Fact]
    public async Task ForgotPasswordMailsAResetLinkThatSetsANewPassword()
    {
        await app.SignedInUserAsync("reset@example.com");
        var client = app.NewClient();
        await client.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = "reset@example.com" });
        var link = await app.Outbox.WaitForLinkAsync("reset@example.com", "Reset");

        var reset = await client.SubmitAsync(new Uri(link).PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "reset@example.com",
            ["Input.Password"] = "N3w!Password",
            ["Input.ConfirmPassword"] = "N3w!Password",
        });
        Assert.Equal("/Account/ResetPasswordConfirmation", reset.RedirectPath());
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("reset@example.com", "N3w!Password")).StatusCode);
    }

    [Fact]
    public async Task ChangingThePasswordRequiresTheCurrentOne()
    {
        var client = await app.SignedInUserAsync("change@example.com");
        var wrong = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = "Not!TheOne1",
            ["Input.NewPassword"] = "An0ther!Pass",
            ["Input.ConfirmPassword"] = "An0ther!Pass",
        });
        Assert.Contains("Incorrect password", await wrong.Content.ReadAsStringAsync());

        var right = await client.SubmitAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = AccountSteps.Password,
            ["Input.NewPassword"] = "An0ther!Pass",
            ["Input.ConfirmPassword"] = "An0ther!Pass",
        });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().LoginAsync("change@example.com", "An0ther!Pass")).StatusCode);
    }

    [Fact]
    public async Task DeletingTheAccountRemovesTheUserAndTheirFiles()
    {
        var client = await app.SignedInUserAsync("bye@example.com");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("bye@example.com");
        var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        await blobs.PutAsync($"users/{user!.Id}/photos/a.jpg", new MemoryStream([1, 2, 3]));

        var deleted = await client.SubmitAsync("/Account/Manage/DeletePersonalData", "delete-user", new Dictionary<string, string> { ["Input.Password"] = AccountSteps.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var after = app.Services.CreateScope();
        Assert.Null(await after.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("bye@example.com"));
        Assert.False(await blobs.ExistsAsync($"users/{user.Id}/photos/a.jpg"));
        var login = await app.NewClient().LoginAsync("bye@example.com");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Wrong email or password", await login.Content.ReadAsStringAsync());
    }
}
