using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Generation;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.DemoModel;

/// <summary>A fresh install with nothing configured makes avatars with the bundled demo model.</summary>
public sealed class BundledModelAppTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task WithNoModelConfiguredTheDemoModelIsTheDefaultAndMakesA256PixelAvatar()
    {
        var engine = app.Services.GetRequiredService<IDiffusionEngine>();
        Assert.Equal(BundledDemoModel.Name, engine.GetModel().Name);

        var userId = await GenerationAppFactory.NewUserAsync(app);
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();
        var accepted = Assert.IsType<SubmitResult.Accepted>(await service.SubmitAsync(userId,
            new GenerationForm { StyleId = "cartoon-avatar", Prompt = "a smiling person with short red hair on a blue background", Seed = 3 }));

        var job = await GenerationAppFactory.WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Succeeded, job.Status);
        var image = await GenerationAppFactory.WithDbAsync(app, db => db.GalleryImages.SingleAsync(i => i.JobId == job.Id));
        Assert.Equal((256, 256), (image.Width, image.Height));
    }
}
