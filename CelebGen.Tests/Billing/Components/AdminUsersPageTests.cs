using Bunit;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Web.Components.Pages.Billing;
using Microsoft.AspNetCore.Authorization;

namespace CelebGen.Tests.Billing.Components;

public sealed class AdminUsersPageTests : BillingComponentTest
{
    [Fact]
    public void ThePageIsForAdminsOnly()
    {
        var authorize = Assert.Single(typeof(AdminUsers).GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>());
        Assert.Equal("Admin", authorize.Roles);
    }

    [Fact]
    public async Task AnAdminFindsAUserAndGrantsAPlanThatTheUserThenHas()
    {
        await StartAsync(billingConfigured: false);
        await SeedAsync(db => db.Users.Add(new AppUser { UserName = "grantee@example.test", Email = "grantee@example.test", NormalizedEmail = "GRANTEE@EXAMPLE.TEST" }));
        await SignInAsync("admin@example.test", "Admin");
        var page = Render<AdminUsers>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-user]")));

        page.Find("input[data-test=search]").Input("grantee");
        page.Find("button[data-test=search-button]").Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-user]")));
        page.Find("[data-user='grantee@example.test'] button").Click();
        page.Find("input[data-test=expiry]").Change("2026-04-01");
        page.Find("input[data-test=reason]").Change("press review");
        page.Find("button[data-test=grant]").Click();

        page.WaitForAssertion(() => Assert.Contains("Plus granted until 1 Apr 2026", page.Find("[data-test=grant-message]").TextContent));
        page.WaitForAssertion(() => Assert.Contains("Plus", page.Find("[data-user='grantee@example.test']").TextContent));
        Assert.Contains("granted until 2 Apr 2026", page.Find("[data-user='grantee@example.test']").TextContent);
        Assert.Contains("press review (by admin@example.test)", page.Find("[data-user='grantee@example.test']").TextContent);
    }

    [Fact]
    public async Task AGrantWithoutAReasonIsRefusedWithAMessage()
    {
        await StartAsync(billingConfigured: false);
        await SignInAsync("admin2@example.test", "Admin");
        var page = Render<AdminUsers>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-user]")));

        page.Find("[data-user='admin2@example.test'] button").Click();
        page.Find("button[data-test=grant]").Click();

        page.WaitForAssertion(() => Assert.Contains("Give a reason", page.Find("[data-test=grant-message]").TextContent));
        Assert.NotNull(page.Find("[data-test=no-grants]"));
    }

    [Fact]
    public async Task ASearchWithNoMatchSaysSo()
    {
        await StartAsync(billingConfigured: false);
        await SignInAsync("admin3@example.test", "Admin");
        var page = Render<AdminUsers>();

        page.Find("input[data-test=search]").Input("nobody-here");
        page.Find("button[data-test=search-button]").Click();

        page.WaitForAssertion(() => Assert.Contains("No users match", page.Find("[data-test=empty]").TextContent));
    }
}
