namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>diffusers' DDIMScheduler with eta = 0 and no sample clipping (Stable Diffusion's settings).</summary>
public sealed class DdimScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps) : IDiffusionScheduler
{
    private readonly double[] _timesteps = IntegerTimesteps(config, steps);

    public IReadOnlyList<double> Timesteps => _timesteps;
    public IReadOnlyList<double> Sigmas => [];
    public double InitNoiseSigma => 1.0;

    /// <summary>DDIMScheduler.set_timesteps: integer timesteps for the three spacings.</summary>
    public static double[] IntegerTimesteps(SchedulerConfig config, int steps)
    {
        int n = config.NumTrainTimesteps;
        IEnumerable<double> t = config.TimestepSpacing switch
        {
            "linspace" => NoiseSchedule.Linspace(0, n - 1, steps).Select(v => Math.Round(v, MidpointRounding.ToEven)).Reverse(),
            "leading" => Enumerable.Range(0, steps).Select(i => (double)(i * (n / steps) + config.StepsOffset)).Reverse(),
            "trailing" => Enumerable.Range(0, steps).Select(i => Math.Round(n - i * ((double)n / steps), MidpointRounding.ToEven) - 1),
            _ => throw new NotSupportedException($"timestep_spacing '{config.TimestepSpacing}' is not supported; use linspace, leading or trailing."),
        };
        return t.ToArray();
    }

    public void ScaleModelInput(ReadOnlySpan<float> sample, int stepIndex, Span<float> scaled) => sample.CopyTo(scaled);

    public void Step(ReadOnlySpan<float> modelOutput, int stepIndex, Span<float> sample, NoiseSource noise)
    {
        int t = (int)_timesteps[stepIndex];
        int previous = t - config.NumTrainTimesteps / steps;
        double alpha = schedule.AlphasCumprod[t];
        double alphaPrev = previous >= 0 ? schedule.AlphasCumprod[previous] : config.SetAlphaToOne ? 1.0 : schedule.AlphasCumprod[0];
        double beta = 1 - alpha;
        double sa = Math.Sqrt(alpha), sb = Math.Sqrt(beta), saPrev = Math.Sqrt(alphaPrev), sbPrev = Math.Sqrt(1 - alphaPrev);
        for (int i = 0; i < sample.Length; i++)
        {
            double x = sample[i], m = modelOutput[i];
            double original = config.IsVPrediction ? sa * x - sb * m : (x - sb * m) / sa;
            double epsilon = config.IsVPrediction ? sa * m + sb * x : m;
            sample[i] = (float)(saPrev * original + sbPrev * epsilon);
        }
    }

    public void AddNoise(Span<float> original, ReadOnlySpan<float> noise, int stepIndex) =>
        AlphaSpace.AddNoise(schedule, (int)_timesteps[stepIndex], original, noise);
}

/// <summary>add_noise of the alpha-space schedulers (DDPM family): √ᾱ·x₀ + √(1−ᾱ)·ε.</summary>
internal static class AlphaSpace
{
    public static void AddNoise(NoiseSchedule schedule, int timestep, Span<float> original, ReadOnlySpan<float> noise)
    {
        float a = MathF.Sqrt(schedule.AlphasCumprod[timestep]), b = MathF.Sqrt(1 - schedule.AlphasCumprod[timestep]);
        for (int i = 0; i < original.Length; i++) original[i] = a * original[i] + b * noise[i];
    }
}
