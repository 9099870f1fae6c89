using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Tests.Billing.Support;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Tests.Billing;

public sealed class AccountClosureTests(BillingAppFactory app) : IClassFixture<BillingAppFactory>
{
    private async Task AddSubscriptionAsync(string userId, string id, string status) =>
        await app.WithDbAsync(db =>
        {
            db.BillingSubscriptions.Add(new BillingSubscription { Id = id, UserId = userId, StripeCustomerId = "cus_close", Status = status, Plan = PlanTier.Plus });
            return db.SaveChangesAsync();
        });

    [Fact]
    public async Task ClosingAnAccountCancelsItsRunningSubscriptionsInStripeAndLeavesEndedOnesAlone()
    {
        var userId = await app.CreateUserAsync();
        await AddSubscriptionAsync(userId, "sub_close_running", "active");
        await AddSubscriptionAsync(userId, "sub_close_old", "canceled");
        app.Stripe.SetSubscription(StripeJson.Subscription("sub_close_running", "cus_close", "active", BillingAppFactory.PlusPrice, app.Clock.Now.AddDays(9)));

        var canceled = await app.WithServiceAsync<BillingAccountClosure, IReadOnlyList<string>>(c => c.CancelSubscriptionsAsync(userId));

        Assert.Equal(["sub_close_running"], canceled);
        var request = Assert.Single(app.Stripe.Requests, r => r.Method == "DELETE");
        Assert.Equal(("/v1/subscriptions/sub_close_running", "false"), (request.Path, request.Form["prorate"]));
        Assert.Equal("canceled", await app.WithDbAsync(db => db.BillingSubscriptions.Where(s => s.Id == "sub_close_running").Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task WhenStripeIsDownClosingFailsSoTheAccountIsNotDeletedWhileStillBilled()
    {
        var userId = await app.CreateUserAsync();
        await AddSubscriptionAsync(userId, "sub_close_outage", "past_due");
        app.Stripe.Failing = true;
        try
        {
            await Assert.ThrowsAnyAsync<Stripe.StripeException>(() =>
                app.WithServiceAsync<BillingAccountClosure, IReadOnlyList<string>>(c => c.CancelSubscriptionsAsync(userId)));
        }
        finally
        {
            app.Stripe.Failing = false;
        }
        Assert.Equal("past_due", await app.WithDbAsync(db => db.BillingSubscriptions.Where(s => s.Id == "sub_close_outage").Select(s => s.Status).SingleAsync()));
    }
}
