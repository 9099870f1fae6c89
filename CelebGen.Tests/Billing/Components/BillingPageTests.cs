using Bunit;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using CelebGen.Web.Components.Pages.Billing;

namespace CelebGen.Tests.Billing.Components;

public sealed class BillingPageTests : BillingComponentTest
{
    private IRenderedComponent<BillingPage> RenderLoaded()
    {
        var page = Render<BillingPage>();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-test=loading]")));
        return page;
    }

    [Fact]
    public async Task AFreeUserSeesTheFreePlanWithoutManageBillingOrInvoices()
    {
        await StartAsync();
        await SignInAsync();

        var page = RenderLoaded();

        Assert.Equal("Free", page.Find("[data-test=plan]").TextContent);
        Assert.Empty(page.FindAll("[data-test=manage]"));
        Assert.Empty(page.FindAll("[data-test=status]"));
        Assert.DoesNotContain("Recent invoices", page.Markup);
    }

    [Fact]
    public async Task AnActiveSubscriberSeesStatusRenewalDateAndInvoicesWithLinks()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "active", PlanTier.Pro);
        Stripe.SetInvoices("cus_ui", StripeJson.Invoice("in_ui_0001", "cus_ui", "sub_ui", "paid", 2999, Clock.Now.AddDays(-1)));

        var page = RenderLoaded();

        Assert.Equal("Pro", page.Find("[data-test=plan]").TextContent);
        Assert.Equal("Active", page.Find("[data-test=status]").TextContent.Trim());
        Assert.Contains("Renews on 10 Apr 2026 12:00 UTC", page.Find("[data-test=period]").TextContent);
        Assert.NotNull(page.Find("[data-test=manage]"));
        page.WaitForAssertion(() => Assert.Contains("29.99 USD", page.Find("[data-test=invoices]").TextContent), StripeWait);
        Assert.Equal("https://invoice.stripe.test/i/in_ui_0001", page.Find("[data-test=invoices] a").GetAttribute("href"));
    }

    [Fact]
    public async Task ASubscriptionSetToCancelSaysWhenThePlanEnds()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "active", PlanTier.Plus, cancelAtPeriodEnd: true);

        var page = RenderLoaded();

        Assert.Contains("Cancels at period end: your plan ends on 10 Apr 2026", page.Find("[data-test=period]").TextContent);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=invoices-empty]")), StripeWait);
    }

    [Fact]
    public async Task APastDueSubscriberSeesTheBannerWithTheGraceDeadline()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "past_due", PlanTier.Plus, pastDueSince: Clock.Now.AddDays(-1));

        var page = RenderLoaded();

        Assert.Equal("Plus", page.Find("[data-test=plan]").TextContent);
        Assert.Equal("Past due", page.Find("[data-test=status]").TextContent.Trim());
        Assert.Contains("You keep Plus until 12 Mar 2026 12:00 UTC", page.Find("[data-test=past-due]").TextContent);
    }

    [Fact]
    public async Task ACanceledSubscriberIsBackOnFreeWithoutARenewalDate()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "canceled", PlanTier.Pro);

        var page = RenderLoaded();

        Assert.Equal("Free", page.Find("[data-test=plan]").TextContent);
        Assert.Equal("Canceled", page.Find("[data-test=status]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-test=period]"));
        Assert.Empty(page.FindAll("[data-test=past-due]"));
    }

    [Fact]
    public async Task WhenStripeIsDownOnlyTheInvoiceListShowsAnError()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "active", PlanTier.Plus);
        Stripe.Failing = true;

        var page = RenderLoaded();

        Assert.Equal("Plus", page.Find("[data-test=plan]").TextContent);
        page.WaitForAssertion(() => Assert.Contains("could not be loaded from Stripe", page.Find("[data-test=invoices-error]").TextContent), StripeWait);
    }

    [Fact]
    public async Task WithoutBillingConfiguredAGrantedPlanIsShownAndNoStripeActionIsOffered()
    {
        await StartAsync(billingConfigured: false);
        var userId = await SignInAsync();
        await SeedAsync(db => db.ManualPlanGrants.Add(new ManualPlanGrant
        {
            UserId = userId, Plan = PlanTier.Pro, ExpiresAt = Clock.Now.AddDays(7), GrantedBy = "admin", Reason = "beta tester", CreatedAt = Clock.Now,
        }));

        var page = RenderLoaded();

        Assert.Equal("Pro", page.Find("[data-test=plan]").TextContent);
        Assert.Contains("Granted by an administrator until 17 Mar 2026", page.Find("[data-test=plan-source]").TextContent);
        Assert.NotNull(page.Find("[data-test=not-configured]"));
        Assert.Empty(page.FindAll("[data-test=manage]"));
    }
}
