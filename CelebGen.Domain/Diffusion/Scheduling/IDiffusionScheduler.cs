namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// One denoising schedule for one image: holds per-run state (multistep history), so create one per image.
/// Step indices are absolute positions in <see cref="Timesteps"/>; img2img starts at a later index.
/// </summary>
public interface IDiffusionScheduler
{
    /// <summary>The timesteps the UNet sees, as diffusers' float values (not rounded).</summary>
    IReadOnlyList<double> Timesteps { get; }

    /// <summary>Sigmas (with the trailing 0) for sigma-space schedulers; empty for alpha-space ones.</summary>
    IReadOnlyList<double> Sigmas { get; }

    /// <summary>Multiplier of the initial Gaussian noise.</summary>
    double InitNoiseSigma { get; }

    /// <summary>diffusers' scale_model_input, written into <paramref name="scaled"/>.</summary>
    void ScaleModelInput(ReadOnlySpan<float> sample, int stepIndex, Span<float> scaled);

    /// <summary>diffusers' step: updates <paramref name="sample"/> in place from the guided model output.</summary>
    void Step(ReadOnlySpan<float> modelOutput, int stepIndex, Span<float> sample, NoiseSource noise);

    /// <summary>diffusers' add_noise for img2img at the timestep of <paramref name="stepIndex"/>, in place.</summary>
    void AddNoise(Span<float> original, ReadOnlySpan<float> noise, int stepIndex);
}
