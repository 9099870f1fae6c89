using Bunit;
using CelebGen.Domain.Generation;
using CelebGen.Tests.Generation;
using CelebGen.Web.Components.Pages.Generation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace CelebGen.Tests.Components;

public sealed class GalleryTests : ComponentTestBase, IClassFixture<GenerationAppFactory>
{
    private readonly GenerationAppFactory app;

    public GalleryTests(GenerationAppFactory app)
    {
        this.app = app;
        Services.AddFallbackServiceProvider(app.Services.CreateScope().ServiceProvider);
        RenderPopoverProvider();
    }

    [Fact]
    public async Task AnEmptyGalleryPointsToTheGeneratePage()
    {
        var gallery = RenderFor(await GenerationAppFactory.NewUserAsync(app));
        gallery.WaitForElement("#gallery-empty");
        Assert.Contains("/generate", gallery.Find("#gallery-empty").InnerHtml);
    }

    [Fact]
    public async Task ThirtyImagesShowTwentyFourNewestFirstWithTwoPages()
    {
        var userId = await GenerationAppFactory.NewUserAsync(app);
        await SeedImagesAsync(userId, 30);
        var gallery = RenderFor(userId);
        gallery.WaitForElement("#gallery-grid");
        var cards = gallery.FindAll(".gallery-card");
        Assert.Equal(24, cards.Count);
        Assert.Contains("portrait 29", cards[0].TextContent);
        Assert.Contains("30 images", gallery.Find("#gallery-count").TextContent);
        Assert.NotNull(gallery.Find("#gallery-pages"));
    }

    [Fact]
    public async Task AnImageRemovedAfterATakedownSaysSoInsteadOfShowingIt()
    {
        var userId = await GenerationAppFactory.NewUserAsync(app);
        await SeedImagesAsync(userId, 1, removed: true);
        var gallery = RenderFor(userId);
        gallery.WaitForElement(".gallery-removed");
        Assert.Contains("Removed after a takedown request", gallery.Find(".gallery-removed").TextContent);
        Assert.Empty(gallery.FindAll(".gallery-download"));
        Assert.Empty(gallery.FindAll(".gallery-remix"));
    }

    private IRenderedComponent<CascadingValue<Task<AuthenticationState>>> RenderFor(string userId)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        return Render<CascadingValue<Task<AuthenticationState>>>(p => p
            .Add(c => c.Value, Task.FromResult(new AuthenticationState(user)))
            .AddChildContent<GalleryPageView>());
    }

    private Task<int> SeedImagesAsync(string userId, int count, bool removed = false) =>
        GenerationAppFactory.WithDbAsync(app, db =>
        {
            for (var i = 0; i < count; i++)
            {
                var job = new GenerationJob { UserId = userId, Model = "tiny", UserPrompt = $"portrait {i}", Prompt = $"portrait {i}", Queue = "gpu", PlanName = "Free", Status = GenerationStatus.Succeeded, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(i) };
                db.GenerationJobs.Add(job);
                db.GalleryImages.Add(new GalleryImage
                {
                    JobId = job.Id, UserId = userId, ReferenceId = Random.Shared.NextInt64(1, 1L << 47), ReferenceCode = "00000-00000",
                    PerceptualHash = new string('0', 64), CreatedAt = job.CreatedAt, RemovedAt = removed ? DateTimeOffset.UtcNow : null,
                });
            }
            return db.SaveChangesAsync();
        });
}
