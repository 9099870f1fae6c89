using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Domain.Moderation.Takedowns.Actions;
using CelebGen.Domain.Storage;
using CelebGen.Tests.Generation;
using Microsoft.EntityFrameworkCore;
using static CelebGen.Tests.Moderation.TakedownSteps;

namespace CelebGen.Tests.Moderation;

/// <summary>
/// Two admins deciding one request at the same moment: the second decision's read happens, then the first one
/// commits, then the second one writes. These tests put the first decision exactly in that gap.
/// </summary>
public sealed class TakedownRaceTests(GenerationAppFactory app) : IClassFixture<GenerationAppFactory>
{
    private const string Reason = "The reporter showed this is their likeness.";
    private const string OtherAdminsReason = "The image does not show the reporter.";

    [Fact]
    public async Task ABlockThatLosesTheRaceToARejectionIsRefusedWholeAndBlocksNoTerm()
    {
        var (ownerId, image, tracking) = await ReportedImageAsync("a portrait in a quixotal hood");
        var admin = await app.AdminAsync();

        var result = await app.Get<DecisionRecorder>().RunAsync(admin, tracking, TakedownAction.BlockTerms, Reason, async (db, start) =>
        {
            await RejectMeanwhileAsync(tracking);
            return await app.Get<PolicyTakedown>().BlockAsync(db, start, "quixotal", "impersonation", CancellationToken.None);
        }, CancellationToken.None);

        Assert.Contains("Another admin acted on " + tracking, Assert.IsType<ModerationResult.Refused>(result).Message);
        await AssertOnlyTheRejectionStandsAsync(tracking);
        Assert.False(await GenerationAppFactory.WithDbAsync(app, db => db.BlockedTerms.AnyAsync(t => t.Term == "quixotal")));
        Assert.IsType<SubmitResult.Accepted>(await app.Get<GenerationService>().SubmitAsync(ownerId, new GenerationForm { Prompt = "another quixotal hood" }));
        Assert.True(await app.Get<IBlobStore>().ExistsAsync(image.PngKey));
    }

    [Fact]
    public async Task ARemovalThatLosesTheRaceKeepsTheImageItsFilesAndTheOwnersRecord()
    {
        var (ownerId, image, tracking) = await ReportedImageAsync("a portrait by the sea");
        var admin = await app.AdminAsync();

        var result = await app.Get<DecisionRecorder>().RunAsync(admin, tracking, TakedownAction.RemoveMatchedImages, Reason, async (db, start) =>
        {
            var images = await db.GalleryImages.Where(i => i.Id == image.Id).ToListAsync();
            await RejectMeanwhileAsync(tracking);
            return await app.Get<ImageTakedowns>().RemoveAsync(db, start, TakedownAction.RemoveMatchedImages, images, CancellationToken.None);
        }, CancellationToken.None);

        Assert.IsType<ModerationResult.Refused>(result);
        await AssertOnlyTheRejectionStandsAsync(tracking);
        Assert.Null((await app.ImageAsync(image.Id)).RemovedAt);
        Assert.True(await app.Get<IBlobStore>().ExistsAsync(image.PngKey));
        Assert.False(await GenerationAppFactory.WithDbAsync(app, db => db.TakedownStrikes.AnyAsync(s => s.UserId == ownerId)));
        Assert.Empty(app.Outbox.MessagesTo(await app.EmailOfAsync(ownerId)));
    }

    private async Task<(string OwnerId, GalleryImage Image, string Tracking)> ReportedImageAsync(string prompt)
    {
        var ownerId = await GenerationAppFactory.NewUserAsync(app);
        var image = (await app.GenerateAsync(ownerId, prompt)).Single();
        var request = await app.ReportAsync(image.ReferenceCode, NewEmail("reporter"));
        return (ownerId, image, request.TrackingNumber);
    }

    private async Task RejectMeanwhileAsync(string tracking) =>
        Assert.IsType<ModerationResult.Done>(await app.Get<TakedownDecisions>().RejectAsync(await app.AdminAsync(), tracking, OtherAdminsReason));

    private async Task AssertOnlyTheRejectionStandsAsync(string tracking)
    {
        var request = await app.RequestAsync(tracking);
        Assert.Equal((TakedownStatus.Rejected, OtherAdminsReason), (request.Status, request.DecisionReason));
        Assert.Equal(["takedown.matched", "takedown.rejected"], (await app.AuditOfAsync(tracking)).Select(e => e.Action));
    }
}
