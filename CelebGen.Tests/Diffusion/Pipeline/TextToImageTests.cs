using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Diffusion.Scheduling;
using CelebGen.Onnx;
using CelebGen.Tests.Diffusion.TinyModels;

namespace CelebGen.Tests.Diffusion.Pipeline;

public class TextToImageTests
{
    private static readonly SchedulerConfig Sd15 = SchedulerConfig.Parse(TinyModelSpec.DefaultSchedulerConfig);

    public static TheoryData<string, OnnxDataType, bool> TimestepVariants => new()
    {
        { "int64 [B]", OnnxDataType.Int64, false },
        { "float32 [B]", OnnxDataType.Float, false },
        { "float16 [B]", OnnxDataType.Float16, false },
        { "int64 rank 0", OnnxDataType.Int64, true },
        { "float32 rank 0", OnnxDataType.Float, true },
    };

    [Theory]
    [MemberData(nameof(TimestepVariants))]
    public async Task Txt2img_matches_the_diffusers_pipeline_written_out_by_hand_for_every_timestep_layout(string _, OnnxDataType type, bool scalar)
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { TimestepType = type, ScalarTimestep = scalar }),
            m => m.Scheduler = "euler");

        var result = await engine.GenerateAsync(new DiffusionRequest("a photo of an astronaut") { NegativePrompt = "blurry", Seed = 42, Guidance = 7.5 });

        // Euler with "leading" spacing gives whole timesteps, so every dtype sees the same value.
        var expected = TinyEngine.ExpectedTxt2Img("a photo of an astronaut", "blurry", 42, 4, 7.5, SchedulerKind.Euler, Sd15, 32, t => (float)t);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 1);
    }

    [Fact]
    public async Task Int64_timesteps_are_truncated_like_numpy_while_float_timesteps_keep_their_fraction()
    {
        var linspace = Sd15 with { TimestepSpacing = "linspace" };
        var request = new DiffusionRequest("portrait of a woman") { Seed = 3, Guidance = 5, Steps = 3 };
        using var intEngine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()), m => (m.Scheduler, m.TimestepSpacing) = ("euler", "linspace"));
        using var floatEngine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { TimestepType = OnnxDataType.Float }), m => (m.Scheduler, m.TimestepSpacing) = ("euler", "linspace"));

        var fromInt = (await intEngine.GenerateAsync(request)).Images[0].Rgba;
        var fromFloat = (await floatEngine.GenerateAsync(request)).Images[0].Rgba;

        // linspace 3 steps → timesteps 999, 499.5, 0: int64 exports see 499, float exports 499.5.
        Assert.InRange(TinyEngine.MaxDifference(TinyEngine.ExpectedTxt2Img(request.Prompt, "", 3, 3, 5, SchedulerKind.Euler, linspace, 32, t => (long)t), fromInt), 0, 1);
        Assert.InRange(TinyEngine.MaxDifference(TinyEngine.ExpectedTxt2Img(request.Prompt, "", 3, 3, 5, SchedulerKind.Euler, linspace, 32, t => (float)t), fromFloat), 0, 1);
    }

    [Theory]
    [InlineData("euler-ancestral", SchedulerKind.EulerAncestral)]
    [InlineData("ddim", SchedulerKind.Ddim)]
    [InlineData("lcm", SchedulerKind.Lcm)]
    [InlineData("dpm++2m-karras", SchedulerKind.DpmPlusPlus2MKarras)]
    public async Task Every_scheduler_runs_through_the_pipeline_as_written_out_by_hand(string name, SchedulerKind kind)
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { TimestepType = OnnxDataType.Float }));

        var result = await engine.GenerateAsync(new DiffusionRequest("a red car") { Seed = 11, Guidance = 3, Scheduler = name });

        var expected = TinyEngine.ExpectedTxt2Img("a red car", "", 11, 4, 3, kind, Sd15, 32, t => (float)t);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 1);
    }

    [Fact]
    public async Task Guidance_of_one_or_less_runs_the_unet_on_the_prompt_alone()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()), m => m.Scheduler = "euler");

        var result = await engine.GenerateAsync(new DiffusionRequest("a cat") { NegativePrompt = "a dog", Seed = 5, Guidance = 1 });

        Assert.Equal(4, result.Timings.UnetSteps.Count);
        var expected = TinyEngine.ExpectedTxt2Img("a cat", "ignored", 5, 4, 1, SchedulerKind.Euler, Sd15, 32, t => (float)t);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 1);
    }

    [Fact]
    public async Task Swapping_prompt_and_negative_prompt_changes_the_picture()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()));

        var a = await engine.GenerateAsync(new DiffusionRequest("a cat") { NegativePrompt = "a dog", Seed = 5 });
        var b = await engine.GenerateAsync(new DiffusionRequest("a dog") { NegativePrompt = "a cat", Seed = 5 });

        Assert.True(TinyEngine.MaxDifference(a.Images[0].Rgba, b.Images[0].Rgba) > 20);
    }

    [Fact]
    public async Task Fp16_unets_with_1024_hidden_size_and_a_fixed_batch_of_one_give_the_fp32_picture_within_rounding()
    {
        var spec = new TinyModelSpec { Float16 = true, Hidden = 1024, TimestepType = OnnxDataType.Float16, UnetBatchOne = true };
        using var engine = TinyEngine.Create(TinyModelFolder.Create(spec), m => m.Scheduler = "euler");

        var result = await engine.GenerateAsync(new DiffusionRequest("a lighthouse at dusk") { Seed = 9, Guidance = 4 });

        var expected = TinyEngine.ExpectedTxt2Img("a lighthouse at dusk", "", 9, 4, 4, SchedulerKind.Euler, Sd15, 1024, t => (float)(Half)t);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 4);
    }

    [Fact]
    public async Task The_vae_scaling_factor_comes_from_the_vae_config()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { VaeScalingFactor = 0.5 }), m => m.Scheduler = "euler");

        var result = await engine.GenerateAsync(new DiffusionRequest("a tree") { Seed = 1, Guidance = 2 });

        var expected = TinyEngine.ExpectedTxt2Img("a tree", "", 1, 4, 2, SchedulerKind.Euler, Sd15, 32, t => (float)t, vaeScaling: 0.5);
        Assert.InRange(TinyEngine.MaxDifference(expected, result.Images[0].Rgba), 0, 1);
    }
}
