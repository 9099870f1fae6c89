using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Tests.Diffusion.Scheduling;

/// <summary>
/// Timesteps and sigmas pinned to diffusers (src/diffusers/schedulers/scheduling_*.py, set_timesteps) for
/// SD 1.5's schedule: scaled_linear betas 0.00085 → 0.012 over 1000 training steps.
/// </summary>
public class SchedulerReferenceValueTests
{
    private static readonly SchedulerConfig Sd = new();
    private static readonly NoiseSchedule Schedule = new(Sd);

    private static IDiffusionScheduler Create(SchedulerKind kind, int steps, SchedulerConfig? config = null) =>
        SchedulerNames.Create(kind, config ?? Sd, new NoiseSchedule(config ?? Sd), steps);

    [Fact]
    public void Ddim_leading_spacing_with_steps_offset_1_gives_801_to_1_for_5_steps()
    {
        // scheduling_ddim.py: (np.arange(0, 5) * (1000 // 5)).round()[::-1] + steps_offset. Pinned in issue 3.
        Assert.Equal([801, 601, 401, 201, 1], Create(SchedulerKind.Ddim, 5).Timesteps);
    }

    [Fact]
    public void Euler_trailing_spacing_for_4_steps_matches_sd_turbo_timesteps_and_sigmas()
    {
        // scheduling_euler_discrete.py "trailing": np.arange(1000, 0, -250).round() - 1; sigmas by np.interp,
        // then a final 0. Pinned in issue 3 (SD-Turbo's 4-step schedule).
        var euler = Create(SchedulerKind.Euler, 4, Sd with { TimestepSpacing = "trailing" });

        Assert.Equal([999, 749, 499, 249], euler.Timesteps);
        double[] expected = [14.61465, 4.08173, 1.61289, 0.69321, 0];
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], euler.Sigmas[i], 4);
        Assert.Equal(14.61465, euler.InitNoiseSigma, 4); // trailing: init_noise_sigma = max sigma
    }

    [Fact]
    public void Euler_linspace_spacing_keeps_fractional_timesteps_unrounded()
    {
        // np.linspace(0, 999, 3, dtype=float32)[::-1] = [999, 499.5, 0]: diffusers passes 499.5 to the UNet.
        var euler = Create(SchedulerKind.Euler, 3, Sd with { TimestepSpacing = "linspace" });

        Assert.Equal([999, 499.5, 0], euler.Timesteps);
        // sigma(499.5) = np.interp between sigma[499] and sigma[500]; sigma(0) = sqrt(beta_0 / (1 - beta_0)) = 0.0291675.
        Assert.Equal((Schedule.Sigmas[499] + Schedule.Sigmas[500]) / 2.0, euler.Sigmas[1], 5);
        Assert.Equal(0.0291675, euler.Sigmas[2], 5);
    }

    [Fact]
    public void Euler_leading_spacing_scales_the_initial_noise_by_the_root_of_sigma_squared_plus_one()
    {
        // EulerDiscreteScheduler.init_noise_sigma for "leading": (max_sigma ** 2 + 1) ** 0.5.
        var euler = Create(SchedulerKind.Euler, 5);

        Assert.Equal([801, 601, 401, 201, 1], euler.Timesteps);
        Assert.Equal(Math.Sqrt(euler.Sigmas[0] * euler.Sigmas[0] + 1), euler.InitNoiseSigma, 6);
    }

    [Fact]
    public void Ddim_trailing_and_linspace_spacings_follow_the_diffusers_formulas()
    {
        // trailing: np.round(np.arange(1000, 0, -250)) - 1; linspace: np.linspace(0, 999, 4).round()[::-1].
        Assert.Equal([999, 749, 499, 249], Create(SchedulerKind.Ddim, 4, Sd with { TimestepSpacing = "trailing" }).Timesteps);
        Assert.Equal([999, 666, 333, 0], Create(SchedulerKind.Ddim, 4, Sd with { TimestepSpacing = "linspace" }).Timesteps);
    }

    [Fact]
    public void Lcm_picks_4_timesteps_from_the_50_step_skeleton()
    {
        // scheduling_lcm.py: skeleton = arange(1, 51) * 20 - 1 reversed; indices floor(linspace(0, 50, 4, endpoint=False)) = [0, 12, 25, 37].
        Assert.Equal([999, 759, 499, 259], Create(SchedulerKind.Lcm, 4).Timesteps);
    }

    [Fact]
    public void Dpm_karras_sigmas_run_from_the_largest_to_the_smallest_training_sigma_with_rho_7()
    {
        // scheduling_dpmsolver_multistep.py _convert_to_karras: (max^(1/7) + ramp·(min^(1/7) − max^(1/7)))^7,
        // ramp = linspace(0, 1, 3); the middle value worked by hand: ((1.466934 + 0.603539) / 2)^7 = 1.27430.
        // Timesteps come from _sigma_to_t (log-sigma interpolation) rounded; final_sigmas_type "zero" appends 0.
        var dpm = Create(SchedulerKind.DpmPlusPlus2MKarras, 3);

        Assert.Equal(14.61465, dpm.Sigmas[0], 4);
        Assert.Equal(1.27430, dpm.Sigmas[1], 3);
        Assert.Equal(0.0291675, dpm.Sigmas[2], 5);
        Assert.Equal(0, dpm.Sigmas[3]);
        Assert.Equal(999, dpm.Timesteps[0]);
        Assert.Equal(0, dpm.Timesteps[2]);
        // sigma 1.2743 lies between the training sigmas of its two neighbouring timesteps.
        int t = (int)dpm.Timesteps[1];
        Assert.InRange(1.27430, Schedule.Sigmas[t - 1], Schedule.Sigmas[t + 1]);
    }

    [Fact]
    public void The_noise_schedule_matches_sd_1_5_alphas_cumprod()
    {
        // alphas_cumprod[0] = 1 − beta_0 = 0.99915; alphas_cumprod[999] = 1 / (1 + 14.61465²) = 0.0046601, the value
        // implied by the pinned SD-Turbo sigma at t = 999 (sigma = sqrt((1 − ᾱ) / ᾱ)).
        Assert.Equal(0.99915, Schedule.AlphasCumprod[0], 6);
        Assert.Equal(0.0046601, Schedule.AlphasCumprod[999], 6);
    }
}
