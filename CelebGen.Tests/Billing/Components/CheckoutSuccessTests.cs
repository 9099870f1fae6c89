using Bunit;
using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Web.Components.Pages.Billing;

namespace CelebGen.Tests.Billing.Components;

public sealed class CheckoutSuccessTests : BillingComponentTest
{
    [Fact]
    public async Task ThePageWaitsForTheWebhookAndConfirmsOnceThePlanIsApplied()
    {
        await StartAsync();
        var userId = await SignInAsync();

        var page = Render<CheckoutSuccess>(p => p.Add(c => c.PollInterval, TimeSpan.FromMilliseconds(50)).Add(c => c.WaitLimit, TimeSpan.FromMinutes(5)));
        Assert.NotNull(page.Find("[data-test=waiting]"));

        // The webhook lands while the page is polling.
        await SubscribeAsync(userId, "active", PlanTier.Plus);

        page.WaitForAssertion(() => Assert.Contains("You're on Plus now", page.Find("[data-test=confirmed]").TextContent));
    }

    [Fact]
    public async Task AnIncompleteSubscriptionIsNotTakenAsConfirmation()
    {
        await StartAsync();
        var userId = await SignInAsync();
        await SubscribeAsync(userId, "incomplete", PlanTier.Plus);

        var page = Render<CheckoutSuccess>(p => p.Add(c => c.PollInterval, TimeSpan.FromMilliseconds(20)).Add(c => c.WaitLimit, TimeSpan.Zero));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-test=timed-out]")));
        Assert.Empty(page.FindAll("[data-test=confirmed]"));
    }

    [Fact]
    public async Task WithoutAWebhookThePageStopsWaitingAndExplainsWhatToDo()
    {
        await StartAsync();
        await SignInAsync();

        var page = Render<CheckoutSuccess>(p => p.Add(c => c.PollInterval, TimeSpan.FromMilliseconds(20)).Add(c => c.WaitLimit, TimeSpan.Zero));

        page.WaitForAssertion(() => Assert.Contains("check the Billing page again", page.Find("[data-test=timed-out]").TextContent));
    }
}
