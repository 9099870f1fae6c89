using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Tests.Diffusion.Scheduling;

/// <summary>
/// Fed the exact noise of a known clean sample x₀ (a perfect denoiser), every scheduler must land on x₀:
/// this checks each update formula and its coefficients, not just the timestep tables.
/// </summary>
public class SchedulerAnalyticTests
{
    private static readonly SchedulerConfig Sd = new() { SetAlphaToOne = true };
    private static readonly NoiseSchedule Schedule = new(Sd);

    public static TheoryData<SchedulerKind, int, string> Cases => new()
    {
        { SchedulerKind.Euler, 6, "leading" },
        { SchedulerKind.Euler, 4, "trailing" },
        { SchedulerKind.EulerAncestral, 6, "linspace" },
        { SchedulerKind.Ddim, 5, "leading" },
        { SchedulerKind.Lcm, 4, "leading" },
        { SchedulerKind.DpmPlusPlus2MKarras, 8, "linspace" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_perfect_noise_prediction_ends_on_the_clean_sample(SchedulerKind kind, int steps, string spacing)
    {
        var config = Sd with { TimestepSpacing = spacing };
        var scheduler = SchedulerNames.Create(kind, config, Schedule, steps);
        var noise = new NoiseSource(7);
        var x0 = Enumerable.Range(0, 64).Select(i => (float)Math.Sin(i)).ToArray();
        var sample = new float[64];
        noise.FillNormal(sample);
        for (int i = 0; i < sample.Length; i++) sample[i] *= (float)scheduler.InitNoiseSigma;
        if (scheduler.Sigmas.Count == 0 || kind == SchedulerKind.DpmPlusPlus2MKarras)
            for (int i = 0; i < sample.Length; i++) sample[i] += (float)(Alpha(kind, scheduler, 0) * x0[i]);
        else
            for (int i = 0; i < sample.Length; i++) sample[i] += x0[i];

        for (int step = 0; step < steps; step++)
            scheduler.Step(TrueNoise(kind, scheduler, step, sample, x0), step, sample, noise);

        for (int i = 0; i < x0.Length; i++) Assert.Equal(x0[i], sample[i], 2e-3f);
    }

    /// <summary>ε such that the sample is exactly the forward process of x₀ at this step.</summary>
    private static float[] TrueNoise(SchedulerKind kind, IDiffusionScheduler s, int step, float[] x, float[] x0)
    {
        double alpha = Alpha(kind, s, step);
        double sigma = kind switch
        {
            SchedulerKind.Euler or SchedulerKind.EulerAncestral => s.Sigmas[step],
            SchedulerKind.DpmPlusPlus2MKarras => s.Sigmas[step] * alpha,
            _ => Math.Sqrt(1 - alpha * alpha),
        };
        return x.Select((v, i) => (float)((v - alpha * x0[i]) / sigma)).ToArray();
    }

    /// <summary>The x₀ coefficient of the forward process: 1 in sigma space, √ᾱ for DDIM/LCM, 1/√(σ²+1) for DPM.</summary>
    private static double Alpha(SchedulerKind kind, IDiffusionScheduler s, int step) => kind switch
    {
        SchedulerKind.Euler or SchedulerKind.EulerAncestral => 1,
        SchedulerKind.DpmPlusPlus2MKarras => 1 / Math.Sqrt(s.Sigmas[step] * s.Sigmas[step] + 1),
        _ => Math.Sqrt(Schedule.AlphasCumprod[(int)s.Timesteps[step]]),
    };

    [Fact]
    public void Euler_scales_the_model_input_by_one_over_the_root_of_sigma_squared_plus_one()
    {
        var euler = SchedulerNames.Create(SchedulerKind.Euler, Sd, Schedule, 4);
        var scaled = new float[1];

        euler.ScaleModelInput([10f], 0, scaled);

        Assert.Equal(10 / Math.Sqrt(euler.Sigmas[0] * euler.Sigmas[0] + 1), scaled[0], 4);
    }

    [Fact]
    public void The_noise_source_is_standard_normal_and_repeatable()
    {
        var a = new float[20000];
        var b = new float[20000];
        new NoiseSource(99).FillNormal(a);
        new NoiseSource(99).FillNormal(b);

        Assert.Equal(a, b);
        Assert.Equal(0, a.Average(), 0.03);
        Assert.Equal(1, Math.Sqrt(a.Select(v => v * v).Average()), 0.03);
    }
}
