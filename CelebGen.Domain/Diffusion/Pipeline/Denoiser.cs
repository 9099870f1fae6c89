using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Models;
using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>
/// The UNet loop of one image: classifier-free guidance as one batch-2 run (unconditional first, as diffusers
/// concatenates them) or two batch-1 runs when the export fixes batch 1; no guidance at all when scale ≤ 1.
/// </summary>
internal sealed class Denoiser(LoadedModel model, ResolvedRequest request, float[] conditional, float[]? unconditional)
{
    private readonly OnnxModel _unet = model.Unet;
    private readonly int _latentSize = 4 * (request.Height / 8) * (request.Width / 8);

    public void Run(float[] latents, IDiffusionScheduler scheduler, int startIndex, NoiseSource noise,
        RunClock clock, Action afterStep, CancellationToken ct)
    {
        bool guided = unconditional is not null;
        int fixedBatch = _unet.InputDims("sample")[0];
        bool pairInOneRun = guided && fixedBatch != 1;
        var scaled = new float[_latentSize];
        var input = pairInOneRun ? new float[2 * _latentSize] : scaled;
        var states = pairInOneRun ? [.. unconditional!, .. conditional] : conditional;
        var guidedOutput = new float[_latentSize];

        for (int i = startIndex; i < scheduler.Timesteps.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            scheduler.ScaleModelInput(latents, i, scaled);
            var elapsed = TimeSpan.Zero;
            if (pairInOneRun)
            {
                scaled.CopyTo(input, 0);
                scaled.CopyTo(input, _latentSize);
                var output = Predict(input, 2, states, scheduler.Timesteps[i], ref elapsed, ct);
                Guide(output.AsSpan(0, _latentSize), output.AsSpan(_latentSize), guidedOutput);
            }
            else if (guided)
            {
                var uncond = Predict(scaled, 1, unconditional!, scheduler.Timesteps[i], ref elapsed, ct);
                var cond = Predict(scaled, 1, conditional, scheduler.Timesteps[i], ref elapsed, ct);
                Guide(uncond, cond, guidedOutput);
            }
            else
            {
                Predict(scaled, 1, conditional, scheduler.Timesteps[i], ref elapsed, ct).CopyTo(guidedOutput, 0);
            }
            clock.UnetSteps.Add(elapsed);
            scheduler.Step(guidedOutput, i, latents, noise);
            afterStep();
        }
    }

    private float[] Predict(float[] sample, int batch, float[] states, double timestep, ref TimeSpan elapsed, CancellationToken ct)
    {
        int h = request.Height / 8, w = request.Width / 8;
        var timestepDims = _unet.InputDims("timestep");
        return _unet.Run(
            [
                ("sample", TensorIo.FromFloats(sample, [batch, 4, h, w], _unet.InputType("sample"))),
                ("timestep", TensorIo.Timestep(timestep, batch, _unet.InputType("timestep"), scalar: timestepDims.Length == 0)),
                ("encoder_hidden_states", TensorIo.FromFloats(states, [batch, 77, states.Length / batch / 77], _unet.InputType("encoder_hidden_states"))),
            ],
            ["out_sample"],
            outputs => TensorIo.ToFloats(outputs[0]),
            ref elapsed, ct);
    }

    /// <summary>noise_pred = uncond + scale · (text − uncond).</summary>
    private void Guide(ReadOnlySpan<float> uncond, ReadOnlySpan<float> cond, Span<float> result)
    {
        float scale = (float)request.Guidance;
        for (int i = 0; i < result.Length; i++) result[i] = uncond[i] + scale * (cond[i] - uncond[i]);
    }
}
