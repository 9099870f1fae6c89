using Bunit;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using CelebGen.Web.Components.Pages.Billing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Billing.Components;

public sealed class PricingPageTests : BillingComponentTest
{
    private static string ButtonText(IRenderedComponent<Pricing> page, PlanTier tier) => page.Find($"button[data-action={tier}]").TextContent.Trim();

    private static bool ButtonDisabled(IRenderedComponent<Pricing> page, PlanTier tier) => page.Find($"button[data-action={tier}]").HasAttribute("disabled");

    [Fact]
    public async Task EveryPlanShowsWhatItIncludes()
    {
        await StartAsync();
        Auth.SetNotAuthorized();

        var page = Render<Pricing>();

        var plus = page.Find("[data-plan=Plus]").TextContent;
        Assert.Contains("$9.99/month", plus);
        Assert.Contains("100 images per day", plus);
        Assert.Contains("Up to 4 images per request", plus);
        Assert.Contains("No visible watermark", plus);
        Assert.Contains("Priority queue", plus);
        var free = page.Find("[data-plan=Free]").TextContent;
        Assert.Contains("5 images per day", free);
        Assert.Contains("Visible CelebGen watermark", free);
        Assert.Contains("Standard queue", free);
        Assert.Contains("$29.99/month", page.Find("[data-plan=Pro]").TextContent);
        Assert.Empty(page.FindAll("button[data-action=Free]"));
    }

    [Fact]
    public async Task WithoutStripeKeysTheButtonsSayBillingIsNotConfiguredAndAreDisabled()
    {
        await StartAsync(billingConfigured: false);
        await SignInAsync();

        var page = Render<Pricing>();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=loading]")));
        Assert.NotNull(page.Find("[data-test=not-configured]"));
        foreach (var tier in new[] { PlanTier.Plus, PlanTier.Pro })
        {
            Assert.Equal("Billing is not configured", ButtonText(page, tier));
            Assert.True(ButtonDisabled(page, tier));
        }
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignInBeforeUpgrading()
    {
        await StartAsync();
        Auth.SetNotAuthorized();
        var page = Render<Pricing>();
        page.WaitForAssertion(() => Assert.False(ButtonDisabled(page, PlanTier.Plus)));

        Assert.Equal("Sign in to upgrade", ButtonText(page, PlanTier.Plus));
        page.Find("button[data-action=Plus]").Click();

        Assert.Contains("Account/Login?returnUrl=", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(Stripe.Requests);
    }

    [Fact]
    public async Task UpgradeStartsCheckoutAndRedirectsToStripe()
    {
        await StartAsync();
        var userId = await SignInAsync();
        var page = Render<Pricing>();
        page.WaitForAssertion(() => Assert.Equal("Upgrade to Pro", ButtonText(page, PlanTier.Pro)));

        page.Find("button[data-action=Pro]").Click();

        page.WaitForAssertion(() => Assert.Equal("https://checkout.stripe.test/c/pay/cs_test_fake", Services.GetRequiredService<NavigationManager>().Uri), StripeWait);
        var session = Assert.Single(Stripe.Requests, r => r.Path == "/v1/checkout/sessions");
        Assert.Equal((BillingAppFactory.ProPrice, userId), (session.Form["line_items[0][price]"], session.Form["client_reference_id"]));
    }

    [Fact]
    public async Task ASubscriberSeesTheirPlanAndIsOfferedThePortalInsteadOfCheckout()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "active", PlanTier.Plus);

        var page = Render<Pricing>();

        page.WaitForAssertion(() => Assert.Contains("Your plan", page.Find("[data-plan=Plus]").TextContent));
        Assert.Equal("Manage billing", ButtonText(page, PlanTier.Plus));
        Assert.Equal("Change plan in billing portal", ButtonText(page, PlanTier.Pro));
    }

    [Fact]
    public async Task AStripeFailureDuringUpgradeShowsAnErrorAndStaysOnThePage()
    {
        await StartAsync();
        await SignInAsync();
        var page = Render<Pricing>();
        page.WaitForAssertion(() => Assert.False(ButtonDisabled(page, PlanTier.Plus)));
        Stripe.Failing = true;

        page.Find("button[data-action=Plus]").Click();

        page.WaitForAssertion(() => Assert.Contains("Nothing was charged", page.Find("[data-test=error]").TextContent), StripeWait);
        Assert.DoesNotContain("stripe.test", Services.GetRequiredService<NavigationManager>().Uri);
    }
}
