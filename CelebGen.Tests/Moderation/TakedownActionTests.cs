using System.Net;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Gallery;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Domain.Moderation.Takedowns.Actions;
using CelebGen.Domain.Storage;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using static CelebGen.Tests.Moderation.TakedownSteps;

namespace CelebGen.Tests.Moderation;

/// <summary>Each admin action on real generated images, through the running host: files, gallery, status, audit and emails.</summary>
public sealed class TakedownActionTests(GenerationAppFactory app) : IClassFixture<GenerationAppFactory>
{
    private const string Reason = "The reporter showed this is their likeness, used without consent.";

    [Fact]
    public async Task RemovingTheMatchedImageDeletesItsFilesKeepsTheRowInTheGalleryAndIsAudited()
    {
        var ownerEmail = NewEmail("owner");
        var owner = await app.SignedInUserAsync(ownerEmail);
        var ownerId = await app.IdOfAsync(ownerEmail);
        var image = (await app.GenerateAsync(ownerId, "a portrait of my neighbour")).Single();
        string[] paths = [$"/images/{image.Id}", $"/images/{image.Id}/thumb", $"/images/{image.Id}/download", $"/images/{image.Id}/download?format=jpg"];
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(paths[0])).StatusCode);
        var reporter = NewEmail("reporter");
        var request = await app.ReportAsync(image.ReferenceCode, reporter);
        var admin = await app.AdminAsync();

        Assert.True(await app.Get<TakedownReview>().StartAsync(admin, request.TrackingNumber));
        Assert.False(await app.Get<TakedownReview>().StartAsync(admin, request.TrackingNumber));
        var done = Assert.IsType<ModerationResult.Done>(await app.Get<ImageTakedowns>().RemoveMatchedImagesAsync(admin, request.TrackingNumber, [image.Id], Reason));
        Assert.Contains(image.ReferenceCode, done.Message);

        var blobs = app.Get<IBlobStore>();
        foreach (var key in GalleryKeys.All(ownerId, image.Id))
        {
            Assert.False(await blobs.ExistsAsync(key), $"{key} should be deleted");
        }
        var row = await app.ImageAsync(image.Id);
        Assert.NotNull(row.RemovedAt);
        Assert.Equal(Reason, row.RemovalReason);
        var item = Assert.Single((await app.Get<GalleryQuery>().PageAsync(ownerId, 1)).Items);
        Assert.True(item.Removed);
        Assert.Contains("Removed after a takedown request: " + Reason, await owner.GetStringAsync("/gallery"));

        var adminClient = app.NewClient();
        await adminClient.LoginAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await adminClient.GetAsync(path)).StatusCode);
        }

        var decided = await app.RequestAsync(request.TrackingNumber);
        Assert.Equal((TakedownStatus.Actioned, AppFactory.AdminEmail, Reason), (decided.Status, decided.DecidedBy, decided.DecisionReason));
        Assert.NotNull(decided.ActionedAt);
        var trail = await app.AuditOfAsync(request.TrackingNumber);
        Assert.Equal(["takedown.matched", TakedownReview.StartedAction, "takedown.images-removed"], trail.Select(e => e.Action));
        Assert.Equal(("InReview", AppFactory.AdminEmail, Reason), (trail[2].Before, trail[2].Actor, trail[2].Reason));
        Assert.StartsWith("Actioned: removed " + image.ReferenceCode, trail[2].After);
        Assert.Contains(await app.AuditOfAsync(image.ReferenceCode), e => e.Action == ImageRemoval.RemovedAction && e.After!.Contains(request.TrackingNumber));

        var toReporter = Assert.Single(app.Outbox.MessagesTo(reporter), m => (m.Subject ?? "").Contains("Decision"));
        Assert.Contains(request.TrackingNumber, toReporter.Subject);
        Assert.Contains(Reason, (toReporter.TextBody ?? ""));
        var toOwner = Assert.Single(app.Outbox.MessagesTo(ownerEmail), m => (m.Subject ?? "").Contains("removed"));
        Assert.Contains(image.ReferenceCode, (toOwner.TextBody ?? ""));
        Assert.Contains(Reason, (toOwner.TextBody ?? ""));
    }

    [Fact]
    public async Task RemovingAJobRemovesEveryImageOfItAndOnlyAJobOfAMatchedImage()
    {
        var ownerId = await GenerationAppFactory.NewUserAsync(app);
        var batch = await app.GenerateAsync(ownerId, "three takes of the same face", count: 3);
        var other = (await app.GenerateAsync(ownerId, "an unrelated landscape")).Single();
        var request = await app.ReportAsync(batch[1].ReferenceCode, NewEmail("reporter"));
        var admin = await app.AdminAsync();
        var images = app.Get<ImageTakedowns>();

        Assert.IsType<ModerationResult.Refused>(await images.RemoveJobImagesAsync(admin, request.TrackingNumber, other.JobId, Reason));
        Assert.Equal(TakedownStatus.New, (await app.RequestAsync(request.TrackingNumber)).Status);

        var done = Assert.IsType<ModerationResult.Done>(await images.RemoveJobImagesAsync(admin, request.TrackingNumber, batch[1].JobId, Reason));
        Assert.Contains("3 images", done.Message);
        var blobs = app.Get<IBlobStore>();
        foreach (var image in batch)
        {
            Assert.NotNull((await app.ImageAsync(image.Id)).RemovedAt);
            Assert.False(await blobs.ExistsAsync(image.PngKey));
        }
        Assert.Null((await app.ImageAsync(other.Id)).RemovedAt);
        Assert.True(await blobs.ExistsAsync(other.PngKey));
        var removal = Assert.Single(await app.AuditOfAsync(request.TrackingNumber), e => e.Action == "takedown.job-removed");
        Assert.Equal("New", removal.Before);
        Assert.Equal(3, batch.Count(i => removal.After!.Contains(i.ReferenceCode)));
    }

    [Fact]
    public async Task BlockingTermsRefusesThatPromptAtOnceAndLeavesTheImagesAlone()
    {
        var ownerId = await GenerationAppFactory.NewUserAsync(app);
        var image = (await app.GenerateAsync(ownerId, "a portrait wearing a zorblax mask")).Single();
        var reporter = NewEmail("reporter");
        var request = await app.ReportAsync(image.ReferenceCode, reporter);

        var done = Assert.IsType<ModerationResult.Done>(await app.Get<PolicyTakedown>().BlockTermsAsync(
            await app.AdminAsync(), request.TrackingNumber, "zorblax,\n gloopish", "impersonation", Reason));
        Assert.Contains("zorblax, gloopish", done.Message);

        var refused = Assert.IsType<SubmitResult.Refused>(await app.Get<GenerationService>().SubmitAsync(ownerId, new GenerationForm { Prompt = "another ZORBLAX portrait" }));
        Assert.Contains("(impersonation)", refused.Message);
        Assert.Null((await app.ImageAsync(image.Id)).RemovedAt);
        Assert.True(await app.Get<IBlobStore>().ExistsAsync(image.PngKey));
        Assert.Equal(TakedownStatus.Actioned, (await app.RequestAsync(request.TrackingNumber)).Status);
        Assert.Contains(await app.AuditOfAsync(request.TrackingNumber), e => e.Action == "takedown.terms-blocked" && e.After!.Contains("zorblax"));
        Assert.Contains(app.Outbox.MessagesTo(reporter), m => (m.TextBody ?? "").Contains("prompt policy"));
        Assert.Empty(app.Outbox.MessagesTo(await app.EmailOfAsync(ownerId)));
    }

    [Fact]
    public async Task RejectingTellsOnlyTheReporterAndOnlyAFinishedRequestCanBeClosed()
    {
        var ownerId = await GenerationAppFactory.NewUserAsync(app);
        var image = (await app.GenerateAsync(ownerId, "a generic cartoon face")).Single();
        var reporter = NewEmail("reporter");
        var request = await app.ReportAsync(image.ReferenceCode, reporter);
        var (admin, decisions) = (await app.AdminAsync(), app.Get<TakedownDecisions>());
        const string why = "The image does not show the reporter.";

        Assert.IsType<ModerationResult.Refused>(await decisions.CloseAsync(admin, request.TrackingNumber, "done"));
        Assert.IsType<ModerationResult.Done>(await decisions.RejectAsync(admin, request.TrackingNumber, why));
        Assert.IsType<ModerationResult.Refused>(await app.Get<ImageTakedowns>().RemoveMatchedImagesAsync(admin, request.TrackingNumber, [image.Id], Reason));
        Assert.IsType<ModerationResult.Done>(await decisions.CloseAsync(admin, request.TrackingNumber, "No further information came."));
        Assert.IsType<ModerationResult.Refused>(await decisions.CloseAsync(admin, request.TrackingNumber, "again"));

        var closed = await app.RequestAsync(request.TrackingNumber);
        Assert.Equal((TakedownStatus.Closed, why, (DateTimeOffset?)null), (closed.Status, closed.DecisionReason, closed.ActionedAt));
        var trail = await app.AuditOfAsync(request.TrackingNumber);
        Assert.Equal([("takedown.rejected", "New", "Rejected: nothing removed"), ("takedown.closed", "Rejected", "Closed: closed")],
            trail.Skip(1).Select(e => (e.Action, e.Before, e.After)));
        var toReporter = Assert.Single(app.Outbox.MessagesTo(reporter), m => (m.Subject ?? "").Contains("Decision"));
        Assert.Contains("did not remove anything", (toReporter.TextBody ?? ""));
        Assert.Contains(why, (toReporter.TextBody ?? ""));
        Assert.Empty(app.Outbox.MessagesTo(await app.EmailOfAsync(ownerId)));
        Assert.True(await app.Get<IBlobStore>().ExistsAsync(image.PngKey));
    }

    [Fact]
    public async Task EveryActionNeedsAnAdminAndAReasonAndARefusalChangesNothing()
    {
        var ownerEmail = NewEmail("owner");
        await app.SignedInUserAsync(ownerEmail);
        var ownerId = await app.IdOfAsync(ownerEmail);
        var image = (await app.GenerateAsync(ownerId, "a face in the crowd")).Single();
        var request = await app.ReportAsync(image.ReferenceCode, NewEmail("reporter"));
        var tracking = request.TrackingNumber;

        foreach (var (who, reason, expected) in new[] { (await app.PrincipalAsync(ownerEmail), Reason, "Only administrators"), (await app.AdminAsync(), "   ", "Give a reason") })
        {
            ModerationResult[] results =
            [
                await app.Get<ImageTakedowns>().RemoveMatchedImagesAsync(who, tracking, [image.Id], reason),
                await app.Get<ImageTakedowns>().RemoveJobImagesAsync(who, tracking, image.JobId, reason),
                await app.Get<AccountTakedown>().SuspendAccountAsync(who, tracking, ownerId, reason),
                await app.Get<PolicyTakedown>().BlockTermsAsync(who, tracking, "crowd", "x", reason),
                await app.Get<TakedownDecisions>().RejectAsync(who, tracking, reason),
            ];
            Assert.All(results, r => Assert.Contains(expected, Assert.IsType<ModerationResult.Refused>(r).Message));
        }
        Assert.False(await app.Get<TakedownReview>().StartAsync(await app.PrincipalAsync(ownerEmail), tracking));

        Assert.Equal(TakedownStatus.New, (await app.RequestAsync(tracking)).Status);
        Assert.Null((await app.ImageAsync(image.Id)).RemovedAt);
        Assert.True(await app.Get<IBlobStore>().ExistsAsync(image.PngKey));
        Assert.Equal(["takedown.matched"], (await app.AuditOfAsync(tracking)).Select(e => e.Action));
        Assert.IsType<SubmitResult.Accepted>(await app.Get<GenerationService>().SubmitAsync(ownerId, new GenerationForm { Prompt = "a crowd" }));
    }
}
