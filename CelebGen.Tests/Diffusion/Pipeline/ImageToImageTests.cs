using CelebGen.Domain.Diffusion;
using CelebGen.Tests.Diffusion.TinyModels;

namespace CelebGen.Tests.Diffusion.Pipeline;

public class ImageToImageTests
{
    private static DiffusionImageInput Gradient(int width, int height)
    {
        var rgba = new byte[width * height * 4];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int p = (y * width + x) * 4;
                (rgba[p], rgba[p + 1], rgba[p + 2], rgba[p + 3]) = ((byte)(x * 255 / width), (byte)(y * 255 / height), (byte)((x + y) % 256), 255);
            }
        return new DiffusionImageInput(rgba, width, height);
    }

    [Theory]
    [InlineData("latent_parameters")]
    [InlineData("latent_sample")]
    public async Task Strength_zero_returns_the_reference_through_the_vae_without_any_unet_step(string encoderOutput)
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { VaeEncoderOutput = encoderOutput }));
        var reference = Gradient(TinyEngine.Size, TinyEngine.Size);
        var steps = new List<DiffusionProgress>();

        var result = await engine.GenerateAsync(new DiffusionRequest("a portrait") { Reference = reference, Strength = 0, Seed = 1 },
            new SynchronousProgress<DiffusionProgress>(steps.Add));

        // encode → mean (never the logvar channels) × 0.18215 → ÷ 0.18215 → decode.
        var expected = TinyMath.Decode(TinyMath.EncodeMean(reference.Rgba, TinyEngine.Size, TinyEngine.Size), TinyEngine.Size, TinyEngine.Size);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 1);
        Assert.Empty(result.Timings.UnetSteps);
        Assert.Empty(steps);
    }

    [Theory]
    [InlineData(1.0, 8)]
    [InlineData(0.5, 4)]
    [InlineData(0.3, 2)]
    public async Task Strength_sets_how_many_of_the_steps_run_as_diffusers_get_timesteps_does(double strength, int expectedSteps)
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()));
        var steps = new List<DiffusionProgress>();

        var result = await engine.GenerateAsync(
            new DiffusionRequest("a portrait") { Reference = Gradient(96, 80), Strength = strength, Steps = 8, Seed = 2 },
            new SynchronousProgress<DiffusionProgress>(steps.Add));

        // init_timestep = min(int(8 · strength), 8); the loop runs the last init_timestep timesteps.
        Assert.Equal(expectedSteps, result.Timings.UnetSteps.Count);
        Assert.Equal(Enumerable.Range(1, expectedSteps), steps.Select(s => s.Step));
        Assert.All(steps, s => Assert.Equal(expectedSteps, s.Total));
    }

    [Fact]
    public async Task Full_strength_repaints_the_picture_far_from_the_reference()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()));
        var reference = Gradient(TinyEngine.Size, TinyEngine.Size);

        var kept = await engine.GenerateAsync(new DiffusionRequest("a portrait") { Reference = reference, Strength = 0, Seed = 4 });
        var repainted = await engine.GenerateAsync(new DiffusionRequest("a portrait") { Reference = reference, Strength = 1, Seed = 4 });

        Assert.True(TinyEngine.MaxDifference(kept.Images[0].Rgba, repainted.Images[0].Rgba) > 20);
    }

    [Fact]
    public async Task A_model_without_a_vae_encoder_refuses_reference_photos_with_a_clear_message()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { VaeEncoderOutput = null }));

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            engine.GenerateAsync(new DiffusionRequest("x") { Reference = Gradient(64, 64), Strength = 0.5 }));

        Assert.Contains("no vae_encoder", error.Message);
        Assert.False(engine.GetModel().SupportsReferenceImage);
    }
}

/// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, racing the assertions).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
