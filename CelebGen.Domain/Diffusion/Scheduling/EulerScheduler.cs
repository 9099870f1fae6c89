namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// diffusers' EulerDiscreteScheduler (s_churn = 0) and, with <c>ancestral</c>, EulerAncestralDiscreteScheduler:
/// float timesteps by linspace/leading/trailing spacing, sigmas interpolated linearly in t, a final 0 appended.
/// </summary>
public sealed class EulerScheduler : IDiffusionScheduler
{
    private readonly SchedulerConfig _config;
    private readonly bool _ancestral;
    private readonly double[] _sigmas;

    public EulerScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps, bool ancestral)
    {
        _config = config;
        _ancestral = ancestral;
        Timesteps = SpacedTimesteps(config, steps);
        // diffusers: np.interp in float64, then .astype(np.float32) with the trailing 0.
        _sigmas = [.. Timesteps.Select(t => (double)(float)schedule.SigmaAt(t)), 0.0];
        double max = _sigmas.Max();
        InitNoiseSigma = config.TimestepSpacing is "linspace" or "trailing" ? max : Math.Sqrt(max * max + 1);
    }

    public IReadOnlyList<double> Timesteps { get; }
    public IReadOnlyList<double> Sigmas => _sigmas;
    public double InitNoiseSigma { get; }

    /// <summary>EulerDiscreteScheduler.set_timesteps' three spacings, as float32 values.</summary>
    public static double[] SpacedTimesteps(SchedulerConfig config, int steps)
    {
        int n = config.NumTrainTimesteps;
        IEnumerable<double> t = config.TimestepSpacing switch
        {
            "linspace" => NoiseSchedule.Linspace(0, n - 1, steps).Select(v => (double)(float)v).Reverse(),
            "leading" => Enumerable.Range(0, steps).Select(i => (double)(i * (n / steps)) + config.StepsOffset).Reverse(),
            "trailing" => Enumerable.Range(0, steps).Select(i => Math.Round(n - i * ((double)n / steps), MidpointRounding.ToEven) - 1),
            _ => throw new NotSupportedException($"timestep_spacing '{config.TimestepSpacing}' is not supported; use linspace, leading or trailing."),
        };
        return t.ToArray();
    }

    public void ScaleModelInput(ReadOnlySpan<float> sample, int stepIndex, Span<float> scaled)
    {
        float factor = (float)(1 / Math.Sqrt(_sigmas[stepIndex] * _sigmas[stepIndex] + 1));
        for (int i = 0; i < sample.Length; i++) scaled[i] = sample[i] * factor;
    }

    public void Step(ReadOnlySpan<float> modelOutput, int stepIndex, Span<float> sample, NoiseSource noise)
    {
        double sigma = _sigmas[stepIndex], next = _sigmas[stepIndex + 1];
        double sigmaUp = 0, target = next;
        if (_ancestral)
        {
            sigmaUp = Math.Sqrt(next * next * (sigma * sigma - next * next) / (sigma * sigma));
            target = Math.Sqrt(next * next - sigmaUp * sigmaUp);
        }
        double dt = target - sigma;
        double vScale = -sigma / Math.Sqrt(sigma * sigma + 1), vSample = 1 / (sigma * sigma + 1);
        for (int i = 0; i < sample.Length; i++)
        {
            double x = sample[i];
            double original = _config.IsVPrediction ? modelOutput[i] * vScale + x * vSample : x - sigma * modelOutput[i];
            double derivative = (x - original) / sigma;
            sample[i] = (float)(x + derivative * dt);
        }
        if (_ancestral && sigmaUp > 0)
            for (int i = 0; i < sample.Length; i++) sample[i] += (float)(noise.NextNormal() * sigmaUp);
    }

    public void AddNoise(Span<float> original, ReadOnlySpan<float> noise, int stepIndex)
    {
        float sigma = (float)_sigmas[stepIndex];
        for (int i = 0; i < original.Length; i++) original[i] += noise[i] * sigma;
    }
}
