namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// diffusers' DPMSolverMultistepScheduler with algorithm_type "dpmsolver++", solver_order 2, midpoint
/// solver, use_karras_sigmas = true and final_sigmas_type "zero" (so the last step is first order).
/// </summary>
public sealed class DpmSolverScheduler : IDiffusionScheduler
{
    private readonly SchedulerConfig _config;
    private readonly double[] _sigmas;
    private float[]? _previousX0;
    private int _previousIndex = -2;

    public DpmSolverScheduler(SchedulerConfig config, NoiseSchedule schedule, int steps)
    {
        _config = config;
        // _convert_to_karras: rho = 7 ramp between the schedule's largest and smallest sigma.
        double min = schedule.Sigmas[0], max = schedule.Sigmas[^1];
        double minInv = Math.Pow(min, 1 / 7.0), maxInv = Math.Pow(max, 1 / 7.0);
        var karras = NoiseSchedule.Linspace(0, 1, steps).Select(r => Math.Pow(maxInv + r * (minInv - maxInv), 7)).ToArray();
        Timesteps = karras.Select(s => Math.Round(schedule.TimestepOf(s), MidpointRounding.ToEven)).ToArray();
        _sigmas = [.. karras.Select(s => (double)(float)s), 0.0];
    }

    public IReadOnlyList<double> Timesteps { get; }
    public IReadOnlyList<double> Sigmas => _sigmas;
    public double InitNoiseSigma => 1.0;

    public void ScaleModelInput(ReadOnlySpan<float> sample, int stepIndex, Span<float> scaled) => sample.CopyTo(scaled);

    public void Step(ReadOnlySpan<float> modelOutput, int stepIndex, Span<float> sample, NoiseSource noise)
    {
        var (alphaS, sigmaS) = AlphaSigma(_sigmas[stepIndex]);
        var x0 = new float[sample.Length];
        for (int i = 0; i < x0.Length; i++)
            x0[i] = (float)(_config.IsVPrediction
                ? alphaS * sample[i] - sigmaS * modelOutput[i]
                : (sample[i] - sigmaS * modelOutput[i]) / alphaS);

        var (alphaT, sigmaT) = AlphaSigma(_sigmas[stepIndex + 1]);
        double lambdaT = Math.Log(alphaT) - Math.Log(sigmaT), lambdaS = Math.Log(alphaS) - Math.Log(sigmaS);
        double h = lambdaT - lambdaS;
        double ratio = sigmaT / sigmaS, coefficient = alphaT * (Math.Exp(-h) - 1.0);
        bool last = stepIndex == Timesteps.Count - 1;
        bool secondOrder = !last && _previousX0 is not null && _previousIndex == stepIndex - 1;
        if (secondOrder)
        {
            var (alphaP, sigmaP) = AlphaSigma(_sigmas[stepIndex - 1]);
            double r0 = (lambdaS - (Math.Log(alphaP) - Math.Log(sigmaP))) / h;
            for (int i = 0; i < sample.Length; i++)
            {
                double d1 = (x0[i] - _previousX0![i]) / r0;
                sample[i] = (float)(ratio * sample[i] - coefficient * x0[i] - 0.5 * coefficient * d1);
            }
        }
        else
        {
            for (int i = 0; i < sample.Length; i++) sample[i] = (float)(ratio * sample[i] - coefficient * x0[i]);
        }
        _previousX0 = x0;
        _previousIndex = stepIndex;
    }

    public void AddNoise(Span<float> original, ReadOnlySpan<float> noise, int stepIndex)
    {
        var (alpha, sigma) = AlphaSigma(_sigmas[stepIndex]);
        for (int i = 0; i < original.Length; i++) original[i] = (float)(alpha * original[i] + sigma * noise[i]);
    }

    /// <summary>_sigma_to_alpha_sigma_t: α = 1/√(σ²+1), σₜ = σ·α.</summary>
    private static (double Alpha, double Sigma) AlphaSigma(double sigma)
    {
        double alpha = 1 / Math.Sqrt(sigma * sigma + 1);
        return (alpha, sigma * alpha);
    }
}
