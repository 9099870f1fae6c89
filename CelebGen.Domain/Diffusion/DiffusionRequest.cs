namespace CelebGen.Domain.Diffusion;

/// <summary>
/// One generation. Unset values take the model's defaults; <see cref="Reference"/> turns it into img2img.
/// Image i of the batch uses seed <c>Seed + i</c>, so any single image can be made again on its own.
/// </summary>
public sealed record DiffusionRequest(string Prompt)
{
    public string? Model { get; init; }
    public string NegativePrompt { get; init; } = "";
    /// <summary>Seed of the first image; a random one (reported back) when null.</summary>
    public long? Seed { get; init; }
    public int Count { get; init; } = 1;
    public int? Steps { get; init; }
    /// <summary>Classifier-free guidance scale; 1 or less runs the UNet without guidance (SD-Turbo).</summary>
    public double? Guidance { get; init; }
    public int? Width { get; init; }
    public int? Height { get; init; }
    /// <summary>Overrides the model's scheduler (euler, euler-ancestral, ddim, lcm, dpm++2m-karras).</summary>
    public string? Scheduler { get; init; }
    /// <summary>img2img source; resized to the output size.</summary>
    public DiffusionImageInput? Reference { get; init; }
    /// <summary>img2img strength in [0, 1]: 0 keeps the reference, 1 repaints it fully.</summary>
    public double? Strength { get; init; }
}

/// <summary>An RGBA8888 picture (row-major, 4 bytes a pixel, alpha ignored).</summary>
public sealed record DiffusionImageInput(byte[] Rgba, int Width, int Height)
{
    public static DiffusionImageInput FromBitmap(SkiaSharp.SKBitmap bitmap)
    {
        using var rgba = bitmap.Copy(SkiaSharp.SKColorType.Rgba8888) ?? throw new ArgumentException("The picture could not be converted to RGBA.");
        return new DiffusionImageInput(rgba.Bytes, rgba.Width, rgba.Height);
    }
}

/// <summary>Progress of a running generation: <paramref name="Step"/> of <paramref name="Total"/> UNet steps over all images.</summary>
public sealed record DiffusionProgress(int Step, int Total, TimeSpan Elapsed);
