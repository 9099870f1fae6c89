using Bunit;
using CelebGen.Domain.Generation;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using CelebGen.Web.Components.Pages.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Components;

/// <summary>The generate form over the real domain services of a host with the tiny model installed.</summary>
public sealed class GenerateFormTests : ComponentTestBase, IClassFixture<GenerationAppFactory>
{
    private readonly GenerationAppFactory app;

    public GenerateFormTests(GenerationAppFactory app)
    {
        this.app = app;
        Services.AddFallbackServiceProvider(app.Services.CreateScope().ServiceProvider);
        RenderPopoverProvider();
    }

    [Fact]
    public async Task ItNamesTheModelShowsTheQuotaLeftAndOffersToGenerate()
    {
        var userId = await NewUser();
        var form = Render<GenerateForm>(p => p.Add(f => f.UserId, userId));
        form.WaitForElement("#generate-form");
        Assert.Contains("tiny", form.Find("#model-name").TextContent);
        Assert.Contains("5 of 5 left today", form.Find("#quota-left").TextContent);
        Assert.False(form.Find("#generate-submit").HasAttribute("disabled"));
        Assert.Contains("Generate 1 image", form.Find("#generate-submit").TextContent);
    }

    [Fact]
    public async Task AnEmptyFreePromptKeepsTheButtonDisabled()
    {
        var userId = await NewUser();
        var freeJob = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = "", Prompt = "", Queue = "gpu", PlanName = "Free", StyleId = null };
        var form = Render<GenerateForm>(p => p.Add(f => f.UserId, userId).Add(f => f.Prefill, freeJob));
        form.WaitForElement("#generate-form");
        Assert.True(form.Find("#generate-submit").HasAttribute("disabled"));
    }

    [Fact]
    public async Task WithNoImagesLeftTheButtonSaysSoAndIsDisabled()
    {
        var userId = await NewUser();
        await GenerationAppFactory.WithDbAsync(app, async db =>
        {
            var (day, _) = Domain.Generation.Quota.QuotaStatus.DayOf(DateTimeOffset.UtcNow);
            db.GenerationJobs.Add(new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = "x", Prompt = "x", Queue = "gpu", PlanName = "Free", Units = 5, QuotaDay = day, Status = GenerationStatus.Succeeded });
            return await db.SaveChangesAsync();
        });
        var form = Render<GenerateForm>(p => p.Add(f => f.UserId, userId));
        form.WaitForElement("#generate-form");
        Assert.Contains("0 of 5 left today", form.Find("#quota-left").TextContent);
        Assert.True(form.Find("#generate-submit").HasAttribute("disabled"));
        Assert.Contains("No images left today", form.Find("#generate-submit").TextContent);
    }

    [Fact]
    public async Task ARefusedSubmissionShowsWhyAndQueuesNothing()
    {
        var userId = await NewUser();
        var job = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = "a nude portrait", Prompt = "", Queue = "gpu", PlanName = "Free" };
        Guid? queued = null;
        var form = Render<GenerateForm>(p => p.Add(f => f.UserId, userId).Add(f => f.Prefill, job).Add(f => f.OnQueued, id => queued = id));
        form.WaitForElement("#generate-form");
        await form.Find("#generate-submit").ClickAsync(new());
        form.WaitForAssertion(() => Assert.Contains("content policy (sexual content)", form.Find("#submit-error").TextContent));
        Assert.Null(queued);
    }

    private Task<string> NewUser() => GenerationAppFactory.NewUserAsync(app);
}

public sealed class NoModelAppFactory : AppFactory
{
    public NoModelAppFactory() => With("Diffusion:UseBundledModel", "false");
}

public sealed class GenerateFormWithoutModelTests : ComponentTestBase, IClassFixture<NoModelAppFactory>
{
    public GenerateFormWithoutModelTests(NoModelAppFactory app) => Services.AddFallbackServiceProvider(app.Services.CreateScope().ServiceProvider);

    [Fact]
    public void WithoutAnInstalledModelTheFormExplainsWhatIsMissing()
    {
        var form = Render<GenerateForm>(p => p.Add(f => f.UserId, "anyone"));
        form.WaitForElement("#no-model");
        Assert.Empty(form.FindAll("#generate-submit"));
    }
}
