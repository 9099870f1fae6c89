using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Models;
using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>
/// txt2img and img2img as diffusers' ONNX Stable Diffusion pipelines do them, one image after another
/// (image i seeded with seed + i), reporting progress after every UNet step.
/// </summary>
internal static class StableDiffusionPipeline
{
    public static DiffusionResult Run(LoadedModel model, ResolvedRequest request, IProgress<DiffusionProgress>? progress, CancellationToken ct)
    {
        var clock = new RunClock();
        var (conditional, tokens) = TextConditioning.Encode(model, request.Prompt, clock, ct);
        float[]? unconditional = request.UsesGuidance ? TextConditioning.Encode(model, request.NegativePrompt, clock, ct).Embedding : null;
        float[]? reference = request.Reference is { } image ? EncodeReference(model, image, request, clock, ct) : null;

        int latentSize = 4 * (request.Height / 8) * (request.Width / 8);
        int denoiseSteps = reference is null ? request.Steps : Math.Min((int)(request.Steps * request.Strength), request.Steps);
        int startIndex = request.Steps - denoiseSteps;
        int total = denoiseSteps * request.Count, done = 0;
        var denoiser = new Denoiser(model, request, conditional, unconditional);
        var images = new List<GeneratedImage>(request.Count);

        for (int n = 0; n < request.Count; n++)
        {
            long seed = request.Seed + n;
            var noise = new NoiseSource(seed);
            var scheduler = SchedulerNames.Create(request.Scheduler, request.SchedulerConfig, model.Schedule, request.Steps);
            var latents = new float[latentSize];
            noise.FillNormal(latents);
            if (reference is null)
            {
                float sigma = (float)scheduler.InitNoiseSigma;
                for (int i = 0; i < latents.Length; i++) latents[i] *= sigma;
            }
            else
            {
                var start = (float[])reference.Clone();
                if (denoiseSteps > 0) scheduler.AddNoise(start, latents, startIndex);
                latents = start;
            }
            denoiser.Run(latents, scheduler, startIndex, noise, clock,
                () => progress?.Report(new DiffusionProgress(++done, total, clock.Elapsed)), ct);

            var rgba = Decode(model, latents, request, clock, ct);
            bool flagged = model.SafetyChecker is not null && SafetyCheck.IsFlagged(model, rgba, request.Width, request.Height, clock, ct);
            if (flagged) Array.Clear(rgba);
            for (int p = 3; flagged && p < rgba.Length; p += 4) rgba[p] = 255;
            images.Add(new GeneratedImage(rgba, request.Width, request.Height, seed, flagged));
        }
        return new DiffusionResult(images, clock.Finish()) { PromptTokensDropped = tokens.DroppedTokens };
    }

    /// <summary>VAE-encodes the reference; takes the mean of latent_parameters (first 4 channels) and scales it.</summary>
    private static float[] EncodeReference(LoadedModel model, DiffusionImageInput image, ResolvedRequest request, RunClock clock, CancellationToken ct)
    {
        var encoder = model.VaeEncoder ?? throw new ArgumentException($"Model '{model.Name}' has no vae_encoder, so it cannot start from a reference photo.");
        var pixels = PixelConversion.ToVaeInput(image, request.Width, request.Height);
        string output = encoder.OutputNames.Contains("latent_parameters") ? "latent_parameters" : "latent_sample";
        int latentSize = 4 * (request.Height / 8) * (request.Width / 8);
        var latents = encoder.Run(
            [("sample", TensorIo.FromFloats(pixels, [1, 3, request.Height, request.Width], encoder.InputType("sample")))],
            [output],
            outputs => TensorIo.ToFloats(outputs[0]),
            ref clock.VaeEncoder, ct);
        var mean = latents.AsSpan(0, latentSize).ToArray(); // [1,8,h,w]: mean is channels 0-3, logvar 4-7
        float factor = (float)model.Folder.VaeScalingFactor;
        for (int i = 0; i < mean.Length; i++) mean[i] *= factor;
        return mean;
    }

    private static byte[] Decode(LoadedModel model, float[] latents, ResolvedRequest request, RunClock clock, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        float inverse = (float)(1 / model.Folder.VaeScalingFactor);
        var scaled = latents.Select(v => v * inverse).ToArray();
        var decoder = model.VaeDecoder;
        var pixels = decoder.Run(
            [("latent_sample", TensorIo.FromFloats(scaled, [1, 4, request.Height / 8, request.Width / 8], decoder.InputType("latent_sample")))],
            ["sample"],
            outputs => TensorIo.ToFloats(outputs[0]),
            ref clock.VaeDecoder, ct);
        return PixelConversion.ToRgba(pixels, request.Width, request.Height);
    }
}
