using CelebGen.Domain.Billing.Admin;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Suspension;
using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Domain.Moderation.Takedowns.Actions;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using static CelebGen.Tests.Moderation.TakedownSteps;

namespace CelebGen.Tests.Moderation;

public sealed class AutoSuspensionTests(GenerationAppFactory app) : IClassFixture<GenerationAppFactory>
{
    private const string Reason = "Likeness used without consent.";

    [Fact]
    public async Task TheThirdActionedRequestAgainstAnAccountSuspendsItAutomaticallyAndTheAdminSeesThatItWasAutomatic()
    {
        var ownerEmail = NewEmail("repeat");
        await app.SignedInUserAsync(ownerEmail);
        var ownerId = await app.IdOfAsync(ownerEmail);
        var images = new List<Domain.Generation.GalleryImage>();
        for (var i = 0; i < 3; i++)
        {
            images.AddRange(await app.GenerateAsync(ownerId, $"the same celebrity, take {i}"));
        }
        var requests = new List<TakedownRequest>();
        foreach (var image in images)
        {
            requests.Add(await app.ReportAsync(image.ReferenceCode, NewEmail("reporter")));
        }
        var (admin, removals) = (await app.AdminAsync(), app.Get<ImageTakedowns>());

        var first = await removals.RemoveMatchedImagesAsync(admin, requests[0].TrackingNumber, [images[0].Id], Reason);
        Assert.DoesNotContain("suspended automatically", first.Message);
        // Two actions on one request count once against the account.
        Assert.IsType<ModerationResult.Done>(await removals.RemoveMatchedImagesAsync(admin, requests[1].TrackingNumber, [images[1].Id], Reason));
        Assert.IsType<ModerationResult.Done>(await app.Get<PolicyTakedown>().BlockTermsAsync(admin, requests[1].TrackingNumber, "repeatcelebrity", "impersonation", Reason));
        var before = await app.Get<TakedownDetails>().FindAsync(requests[2].TrackingNumber);
        var account = Assert.Single(before!.Accounts);
        Assert.Null(account.Suspension);
        Assert.Equal(requests.Take(2).Select(r => r.TrackingNumber).Order(), account.EarlierActioned.Select(e => e.TrackingNumber).Order());

        var third = Assert.IsType<ModerationResult.Done>(await removals.RemoveMatchedImagesAsync(admin, requests[2].TrackingNumber, [images[2].Id], Reason));

        Assert.Contains($"{ownerEmail} was suspended automatically", third.Message);
        var suspension = Assert.Single((await app.Get<UserPlanDirectory>().SearchAsync(ownerEmail))).Suspension;
        Assert.True(suspension!.Automatic);
        Assert.All(requests, r => Assert.Contains(r.TrackingNumber, suspension.Reason));
        var audited = Assert.Single(await app.AuditOfAsync(ownerEmail), e => e.Action == AccountSuspensions.SuspendedAction);
        Assert.Equal((AuditEntry.System, "active", "suspended (automatic)"), (audited.Actor, audited.Before, audited.After));
        var after = await app.Get<TakedownDetails>().FindAsync(requests[2].TrackingNumber);
        Assert.True(Assert.Single(after!.Accounts).Suspension!.Automatic);
        Assert.Contains(app.Outbox.MessagesTo(ownerEmail), m => (m.Subject ?? "").Contains("suspended") && (m.TextBody ?? "").Contains("suspended automatically"));
        Assert.Contains("This account is suspended", await (await app.NewClient().LoginAsync(ownerEmail)).Content.ReadAsStringAsync());
    }
}
