using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Models;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>
/// Runs the folder's safety_checker like diffusers' ONNX pipeline: clip_input is the picture resized to
/// 224×224 (cubic), scaled to [0, 1] and normalised with CLIP's mean/std; images is [1,H,W,3] in [0, 1].
/// </summary>
internal static class SafetyCheck
{
    private static readonly float[] Mean = [0.48145466f, 0.4578275f, 0.40821073f];
    private static readonly float[] Std = [0.26862954f, 0.26130258f, 0.27577711f];

    public static bool IsFlagged(LoadedModel model, byte[] rgba, int width, int height, RunClock clock, CancellationToken ct)
    {
        var checker = model.SafetyChecker!;
        var clip = PixelConversion.Resize(new DiffusionImageInput(rgba, width, height), 224, 224);
        var clipInput = new float[3 * 224 * 224];
        for (int p = 0; p < 224 * 224; p++)
            for (int c = 0; c < 3; c++)
                clipInput[c * 224 * 224 + p] = (clip[p * 4 + c] / 255f - Mean[c]) / Std[c];
        var images = new float[width * height * 3];
        for (int p = 0; p < width * height; p++)
            for (int c = 0; c < 3; c++)
                images[p * 3 + c] = rgba[p * 4 + c] / 255f;

        return checker.Run(
            [
                ("clip_input", TensorIo.FromFloats(clipInput, [1, 3, 224, 224], checker.InputType("clip_input"))),
                ("images", TensorIo.FromFloats(images, [1, height, width, 3], checker.InputType("images"))),
            ],
            ["has_nsfw_concepts"],
            outputs => outputs[0].GetTensorDataAsSpan<bool>()[0],
            ref clock.SafetyChecker, ct);
    }
}
