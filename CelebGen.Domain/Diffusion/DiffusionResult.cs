using SkiaSharp;

namespace CelebGen.Domain.Diffusion;

/// <summary>The images of one request, in seed order, with where the time went.</summary>
public sealed record DiffusionResult(IReadOnlyList<GeneratedImage> Images, DiffusionTimings Timings)
{
    /// <summary>Tokens cut from the prompt (CLIP reads 75); 0 when it fitted.</summary>
    public int PromptTokensDropped { get; init; }
}

/// <summary>
/// One generated picture as RGBA8888 bytes (alpha 255). When the model's safety checker flagged it,
/// <see cref="WithheldBySafetyChecker"/> is true and the pixels are black.
/// </summary>
public sealed record GeneratedImage(byte[] Rgba, int Width, int Height, long Seed, bool WithheldBySafetyChecker)
{
    /// <summary>A SkiaSharp copy of the pixels (caller disposes).</summary>
    public SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(Rgba, 0, bitmap.GetPixels(), Rgba.Length);
        return bitmap;
    }
}

/// <summary>Wall time of the whole request and of each ONNX Runtime call, for the benchmark.</summary>
public sealed record DiffusionTimings(
    TimeSpan Total,
    TimeSpan TextEncoder,
    IReadOnlyList<TimeSpan> UnetSteps,
    TimeSpan VaeEncoder,
    TimeSpan VaeDecoder,
    TimeSpan SafetyChecker)
{
    public TimeSpan InsideOnnxRuntime =>
        TextEncoder + VaeEncoder + VaeDecoder + SafetyChecker + UnetSteps.Aggregate(TimeSpan.Zero, (a, b) => a + b);

    /// <summary>The pipeline's own share of the total: (total − time inside ONNX Runtime) / total.</summary>
    public double OverheadFraction => Total > TimeSpan.Zero ? (Total - InsideOnnxRuntime) / Total : 0;
}
