using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Diffusion.Scheduling;
using CelebGen.Domain.Diffusion.Tokenization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Diffusion.TinyModels;

/// <summary>An engine over one tiny model folder ("tiny", 64×64, 4 steps, on the CPU), and what it must produce.</summary>
public static class TinyEngine
{
    public const int Size = 64;
    private static readonly Lazy<ClipTokenizer> Tokenizer = new(() => ClipTokenizer.Load(Path.Combine(AppContext.BaseDirectory, "Diffusion", "ClipTokenizer")));

    public static DiffusionEngine Create(string folder, Action<DiffusionModelOptions>? configure = null)
    {
        var model = new DiffusionModelOptions { Path = folder, Width = Size, Height = Size, MinSize = Size, Steps = 4, WarmUp = false };
        configure?.Invoke(model);
        var options = new DiffusionOptions { ExecutionProvider = "cpu", DefaultModel = "tiny" };
        options.Models["tiny"] = model;
        return new DiffusionEngine(Options.Create(options), NullLogger<DiffusionEngine>.Instance);
    }

    /// <summary>
    /// txt2img written out by hand from diffusers' pipeline: CFG pair (unconditional first), scale_model_input,
    /// the UNet seeing the timestep as <paramref name="seenTimestep"/> converts it, step, latents / 0.18215, decode.
    /// </summary>
    public static byte[] ExpectedTxt2Img(string prompt, string negative, long seed, int steps, double guidance,
        SchedulerKind kind, SchedulerConfig config, int hidden, Func<double, float> seenTimestep, double vaeScaling = 0.18215)
    {
        var tokenizer = Tokenizer.Value;
        float cond = TinyMath.ContextMean(tokenizer.Encode(prompt).Ids, hidden);
        float uncond = TinyMath.ContextMean(tokenizer.Encode(negative).Ids, hidden);
        var noise = new NoiseSource(seed);
        var latents = new float[4 * (Size / 8) * (Size / 8)];
        noise.FillNormal(latents);
        var scheduler = SchedulerNames.Create(kind, config, new NoiseSchedule(config), steps);
        for (int i = 0; i < latents.Length; i++) latents[i] *= (float)scheduler.InitNoiseSigma;
        var scaled = new float[latents.Length];
        for (int i = 0; i < steps; i++)
        {
            scheduler.ScaleModelInput(latents, i, scaled);
            float t = seenTimestep(scheduler.Timesteps[i]);
            var c = TinyMath.Unet(scaled, cond, t);
            var output = c;
            if (guidance > 1)
            {
                var u = TinyMath.Unet(scaled, uncond, t);
                output = u.Select((v, j) => v + (float)guidance * (c[j] - v)).ToArray();
            }
            scheduler.Step(output, i, latents, noise);
        }
        return TinyMath.Decode(latents.Select(v => v * (float)(1 / vaeScaling)).ToArray(), Size, Size);
    }

    /// <summary>Largest per-channel difference between two RGBA pictures.</summary>
    public static int MaxDifference(byte[] a, byte[] b)
    {
        Assert.Equal(a.Length, b.Length);
        int max = 0;
        for (int i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }
}
