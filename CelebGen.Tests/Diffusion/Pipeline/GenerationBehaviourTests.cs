using CelebGen.Domain.Diffusion;
using CelebGen.Tests.Diffusion.TinyModels;

namespace CelebGen.Tests.Diffusion.Pipeline;

public class GenerationBehaviourTests
{
    [Fact]
    public async Task The_same_seed_and_parameters_give_byte_identical_images_and_another_seed_does_not()
    {
        var folder = TinyModelFolder.Create(new TinyModelSpec());
        using var first = TinyEngine.Create(folder, m => m.Scheduler = "euler-ancestral");
        using var second = TinyEngine.Create(folder, m => m.Scheduler = "euler-ancestral");
        var request = new DiffusionRequest("a castle") { Seed = 1234, Count = 2 };

        var a = await first.GenerateAsync(request);
        var b = await second.GenerateAsync(request);
        var other = await first.GenerateAsync(request with { Seed = 1235 });

        Assert.Equal(a.Images[0].Rgba, b.Images[0].Rgba);
        Assert.Equal(a.Images[1].Rgba, b.Images[1].Rgba);
        // Image i uses seed + i, so seed 1235's first image is the 1234 batch's second.
        Assert.Equal(a.Images[1].Rgba, other.Images[0].Rgba);
        Assert.NotEqual(a.Images[0].Rgba, other.Images[0].Rgba);
        Assert.Equal([1234L, 1235L], a.Images.Select(i => i.Seed));
    }

    [Fact]
    public async Task Progress_counts_every_unet_step_of_every_image_with_elapsed_time()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()));
        var reports = new List<DiffusionProgress>();

        await engine.GenerateAsync(new DiffusionRequest("a castle") { Seed = 1, Count = 3, Steps = 2 }, new SynchronousProgress<DiffusionProgress>(reports.Add));

        Assert.Equal(Enumerable.Range(1, 6), reports.Select(r => r.Step));
        Assert.All(reports, r => Assert.Equal(6, r.Total));
        Assert.True(reports[^1].Elapsed >= reports[0].Elapsed);
    }

    [Fact]
    public async Task Cancelling_between_steps_throws_operation_cancelled()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()));
        using var cts = new CancellationTokenSource();
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.GenerateAsync(
            new DiffusionRequest("a castle") { Seed = 1, Steps = 10 },
            new SynchronousProgress<DiffusionProgress>(_ => { if (++seen == 2) cts.Cancel(); }), cts.Token));
        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task Cancelling_while_onnx_runtime_is_inside_a_slow_unet_run_terminates_that_run()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { SlowUnet = true }));
        await engine.LoadAsync();
        using var cts = new CancellationTokenSource();
        // Each step's report comes on the pipeline's thread just before the next UNet run starts. The second step
        // (a warm run, unlike the first) shows how long the third will take; cancelling a quarter of that after
        // its report lands inside the third run. A thread of its own does the waiting: a thread-pool timer can
        // fire hundreds of milliseconds late on a loaded machine.
        var afterFirst = TimeSpan.Zero;
        var run = engine.GenerateAsync(new DiffusionRequest("a castle") { Seed = 1, Steps = 3, Guidance = 1 },
            new SynchronousProgress<DiffusionProgress>(p =>
            {
                if (p.Step == 1) afterFirst = p.Elapsed;
                if (p.Step != 2) return;
                var quarter = (p.Elapsed - afterFirst) / 4;
                new Thread(() => { Thread.Sleep(quarter); cts.Cancel(); }) { IsBackground = true }.Start();
            }), cts.Token);

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        // The cancellation came from RunOptions.Terminate inside the UNet run, not from a check between steps.
        Assert.IsType<Microsoft.ML.OnnxRuntime.OnnxRuntimeException>(cancelled.InnerException);
        Assert.Contains(Path.Combine("unet", "model.onnx"), cancelled.Message);
    }

    [Theory]
    [InlineData(0.0f, true)]
    [InlineData(1.1f, false)]
    public async Task The_safety_checker_withholds_flagged_images_as_black_and_says_so(float threshold, bool withheld)
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec { SafetyThreshold = threshold }));

        var result = await engine.GenerateAsync(new DiffusionRequest("a beach") { Seed = 8, Count = 2 });

        Assert.All(result.Images, image => Assert.Equal(withheld, image.WithheldBySafetyChecker));
        Assert.All(result.Images, image => Assert.Equal(withheld, image.Rgba.Where((_, i) => i % 4 != 3).All(b => b == 0)));
        Assert.True(engine.GetModel().HasSafetyChecker);
    }

    [Fact]
    public async Task Values_outside_the_model_bounds_are_refused_with_a_message_that_says_the_range()
    {
        using var engine = TinyEngine.Create(TinyModelFolder.Create(new TinyModelSpec()), m => m.MaxSteps = 30);

        var steps = await Assert.ThrowsAsync<ArgumentException>(() => engine.GenerateAsync(new DiffusionRequest("x") { Steps = 31 }));
        var size = await Assert.ThrowsAsync<ArgumentException>(() => engine.GenerateAsync(new DiffusionRequest("x") { Width = 100 }));

        Assert.Equal("Steps must be between 1 and 30.", steps.Message);
        Assert.Contains("multiple of 8", size.Message);
        var info = engine.GetModel("tiny");
        Assert.Equal((4, 1, 30, 64, 64), (info.Steps, info.MinSteps, info.MaxSteps, info.Width, info.Height));
    }
}
