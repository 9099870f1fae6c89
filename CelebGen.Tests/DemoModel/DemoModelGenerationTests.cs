using CelebGen.AvatarData;
using CelebGen.Domain.Diffusion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.DemoModel;

/// <summary>The shipped demo model, run by the app's own engine exactly as configured by default.</summary>
public sealed class DemoModelGenerationTests : IDisposable
{
    private readonly DiffusionEngine _engine;

    public DemoModelGenerationTests()
    {
        var options = new DiffusionOptions { ExecutionProvider = "cpu", DefaultModel = "cartoon-avatar" };
        options.Models["cartoon-avatar"] = new DiffusionModelOptions
        {
            Path = DemoModelFolder.Path, Scheduler = "ddim", Steps = 20, Guidance = 4, Width = 256, Height = 256, WarmUp = false,
        };
        _engine = new DiffusionEngine(Options.Create(options), NullLogger<DiffusionEngine>.Instance);
    }

    [Fact]
    public void The_shipped_model_folder_stays_within_the_30_MB_budget()
    {
        long bytes = Directory.EnumerateFiles(DemoModelFolder.Path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.InRange(bytes, 1_000_000, 30_000_000);
    }

    // Background and hair colour both follow 100 of the benchmark's 100 prompts (docs/demo-model.md), so each
    // image here must show both; a model that ignores the text, or swaps the two colours, fails.
    [Theory]
    [InlineData(NamedColour.Blue, NamedColour.Black)]
    [InlineData(NamedColour.Yellow, NamedColour.Red)]
    [InlineData(NamedColour.Red, NamedColour.Green)]
    public async Task The_demo_model_paints_the_background_and_hair_colours_the_prompt_names(NamedColour background, NamedColour hair)
    {
        var prompt = $"a cartoon avatar of a person with short {Palette.Word(hair)} hair on a {Palette.Word(background)} background";
        var result = await _engine.GenerateAsync(new DiffusionRequest(prompt) { Seed = 1 });

        using var image = result.Images[0].ToBitmap();
        Assert.Equal((256, 256), (image.Width, image.Height));
        var spec = new AvatarSpec(FaceShape.Round, SkinTone.Light, HairStyle.Short, hair, EyeColour.Brown, Glasses.None, Hat.None,
            NamedColour.Red, Expression.Smiling, NamedColour.Blue, background, GradientBackground: false);
        var regions = AvatarRenderer.Regions(spec, 256);
        Assert.Equal(background, Palette.Nearest(regions.MedianColour(image, AvatarPart.Background, 4), Palette.BackgroundColours));
        Assert.Equal(hair, Palette.Nearest(regions.MedianColour(image, AvatarPart.Hair, 3, AvatarRegions.CrownBottom), Palette.HairColours));
    }

    public void Dispose() => _engine.Dispose();
}
