namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// diffusers' LCMScheduler: timesteps picked from the <c>original_inference_steps</c> skeleton, consistency
/// boundary scalings (sigma_data 0.5, timestep_scaling), fresh noise between steps, the denoised sample last.
/// </summary>
public sealed class LcmScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps) : IDiffusionScheduler
{
    private readonly double[] _timesteps = SkeletonTimesteps(config, steps);

    public IReadOnlyList<double> Timesteps => _timesteps;
    public IReadOnlyList<double> Sigmas => [];
    public double InitNoiseSigma => 1.0;

    /// <summary>LCMScheduler.set_timesteps with strength 1.</summary>
    public static double[] SkeletonTimesteps(SchedulerConfig config, int steps)
    {
        int original = config.OriginalInferenceSteps;
        int k = config.NumTrainTimesteps / original;
        var skeleton = Enumerable.Range(1, original).Select(i => i * k - 1).Reverse().ToArray();
        return NoiseSchedule.Linspace(0, skeleton.Length, steps + 1).Take(steps)
            .Select(index => (double)skeleton[(int)Math.Floor(index)]).ToArray();
    }

    public void ScaleModelInput(ReadOnlySpan<float> sample, int stepIndex, Span<float> scaled) => sample.CopyTo(scaled);

    public void Step(ReadOnlySpan<float> modelOutput, int stepIndex, Span<float> sample, NoiseSource noise)
    {
        int t = (int)_timesteps[stepIndex];
        bool last = stepIndex == _timesteps.Length - 1;
        int previous = last ? t : (int)_timesteps[stepIndex + 1];
        double alpha = schedule.AlphasCumprod[t];
        double alphaPrev = previous >= 0 ? schedule.AlphasCumprod[previous] : config.SetAlphaToOne ? 1.0 : schedule.AlphasCumprod[0];
        double scaledT = t * config.TimestepScaling;
        double cSkip = 0.25 / (scaledT * scaledT + 0.25);
        double cOut = scaledT / Math.Sqrt(scaledT * scaledT + 0.25);
        double sa = Math.Sqrt(alpha), sb = Math.Sqrt(1 - alpha);
        for (int i = 0; i < sample.Length; i++)
        {
            double x = sample[i], m = modelOutput[i];
            double original = config.IsVPrediction ? sa * x - sb * m : (x - sb * m) / sa;
            double denoised = cOut * original + cSkip * x;
            sample[i] = (float)denoised;
        }
        if (last) return;
        float keep = (float)Math.Sqrt(alphaPrev), add = (float)Math.Sqrt(1 - alphaPrev);
        for (int i = 0; i < sample.Length; i++) sample[i] = keep * sample[i] + add * (float)noise.NextNormal();
    }

    public void AddNoise(Span<float> original, ReadOnlySpan<float> noise, int stepIndex) =>
        AlphaSpace.AddNoise(schedule, (int)_timesteps[stepIndex], original, noise);
}
