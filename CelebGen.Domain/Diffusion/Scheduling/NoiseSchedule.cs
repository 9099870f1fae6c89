namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// betas → alphas_cumprod → sigmas as diffusers computes them: torch float32 tensors, with torch's CPU
/// cumprod accumulating in double and storing float32 (so each value is rounded to float like diffusers').
/// </summary>
public sealed class NoiseSchedule
{
    public NoiseSchedule(SchedulerConfig config)
    {
        int n = config.NumTrainTimesteps;
        var betas = config.BetaSchedule switch
        {
            "linear" => Linspace(config.BetaStart, config.BetaEnd, n).Select(b => (float)b).ToArray(),
            "scaled_linear" => Linspace(Math.Sqrt(config.BetaStart), Math.Sqrt(config.BetaEnd), n)
                .Select(b => (float)b).Select(b => b * b).ToArray(),
            _ => throw new NotSupportedException($"beta_schedule '{config.BetaSchedule}' is not supported; use linear or scaled_linear."),
        };
        AlphasCumprod = new float[n];
        double product = 1;
        for (int i = 0; i < n; i++)
        {
            product *= 1f - betas[i];
            AlphasCumprod[i] = (float)product;
        }
        // diffusers: sigmas = ((1 - alphas_cumprod) / alphas_cumprod) ** 0.5, in float32.
        Sigmas = AlphasCumprod.Select(a => MathF.Sqrt((1f - a) / a)).ToArray();
        LogSigmas = Sigmas.Select(s => Math.Log(s)).ToArray();
    }

    public float[] AlphasCumprod { get; }
    public float[] Sigmas { get; }
    public double[] LogSigmas { get; }

    /// <summary>np.linspace(start, end, count) in float64.</summary>
    public static double[] Linspace(double start, double end, int count)
    {
        var result = new double[count];
        if (count == 1) { result[0] = start; return result; }
        double step = (end - start) / (count - 1);
        for (int i = 0; i < count; i++) result[i] = start + i * step;
        result[count - 1] = end;
        return result;
    }

    /// <summary>np.interp(t, arange(len(sigmas)), sigmas): sigma at a fractional timestep.</summary>
    public double SigmaAt(double timestep)
    {
        if (timestep <= 0) return Sigmas[0];
        if (timestep >= Sigmas.Length - 1) return Sigmas[^1];
        int low = (int)Math.Floor(timestep);
        double w = timestep - low;
        return Sigmas[low] + w * (Sigmas[low + 1] - Sigmas[low]);
    }

    /// <summary>diffusers' _sigma_to_t: the fractional timestep whose log-sigma interpolates to <paramref name="sigma"/>.</summary>
    public double TimestepOf(double sigma)
    {
        double logSigma = Math.Log(Math.Max(sigma, 1e-10));
        int count = LogSigmas.Count(l => logSigma - l >= 0);
        int low = Math.Min(Math.Max(count - 1, 0), LogSigmas.Length - 2);
        double lo = LogSigmas[low], hi = LogSigmas[low + 1];
        double w = Math.Clamp((lo - logSigma) / (lo - hi), 0, 1);
        return (1 - w) * low + w * (low + 1);
    }
}
