using CelebGen.Tests.Support;

namespace CelebGen.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ModerationPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnAdminTestsAPromptBlocksANewTermAndSeesItInTheAuditLog()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input\\.Email", AppFactory.AdminEmail);
        await page.FillAsync("#Input\\.Password", AppFactory.AdminPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync("**/dashboard");

        await page.GotoAsync("/admin/policy");
        await page.WaitForInteractiveAsync();
        await page.FillAsync("#test-prompt", "a portrait wearing a monocle");
        await page.ClickAsync("#test-submit");
        Assert.Contains("Allowed", await page.InnerTextAsync("#test-result"));

        await page.FillAsync("#new-term", "monocle");
        await page.FillAsync("#new-category", "accessories");
        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#add-term");
        await page.WaitForSelectorAsync(".policy-terms :text('monocle')");
        await page.ClickAsync("#test-submit");
        await page.WaitForSelectorAsync("#test-result:has-text('Refused (accessories)')");
        await page.ShotAsync("admin-policy");

        await page.GotoAsync("/admin/audit");
        await page.WaitForSelectorAsync("#audit-table");
        Assert.Contains("policy.term-added", await page.InnerTextAsync("#audit-table"));
        await page.ShotAsync("admin-audit");
    }
}
