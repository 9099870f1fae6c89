using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CelebGen.Tests.Support;

/// <summary>The account steps most integration tests start with, done through the real pages.</summary>
public static class AccountSteps
{
    public const string Password = "Str0ng!Passw0rd";

    public static HttpClient NewClient(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password = Password) =>
        await client.SubmitAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = Password) =>
        await client.SubmitAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Registers, follows the confirmation link from the outbox and logs in; returns a signed-in client.</summary>
    public static async Task<HttpClient> SignedInUserAsync(this AppFactory app, string email)
    {
        var client = app.NewClient();
        var registered = await client.RegisterAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await client.ConfirmEmailAsync(app, email);
        var login = await client.LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>The path a redirect points to, whether the app wrote it relative or absolute.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        response.Headers.Location is { } location
            ? new Uri(new Uri("http://localhost"), location.OriginalString.TrimStart('~')).PathAndQuery
            : throw new InvalidOperationException($"Expected a redirect, got {(int)response.StatusCode}.");

    public static async Task ConfirmEmailAsync(this HttpClient client, AppFactory app, string email)
    {
        var link = await app.Outbox.WaitForLinkAsync(email, "Confirm");
        var confirm = await client.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("your email is confirmed", confirm);
    }
}
