namespace CelebGen.Domain.Diffusion;

/// <summary>The <c>Diffusion</c> configuration section.</summary>
public sealed class DiffusionOptions
{
    public const string Section = "Diffusion";

    /// <summary>auto (CUDA, else CPU with a warning), cuda (fail if unavailable) or cpu.</summary>
    public string ExecutionProvider { get; set; } = "auto";

    /// <summary>CUDA device ordinal used by the cuda and auto providers.</summary>
    public int DeviceId { get; set; }

    /// <summary>The model used when a request names none; the first configured model when empty.</summary>
    public string? DefaultModel { get; set; }

    /// <summary>With no model configured, use the bundled cartoon-avatar demo model (<see cref="BundledDemoModel"/>).</summary>
    public bool UseBundledModel { get; set; } = true;

    /// <summary>Models by name (<c>Diffusion:Models:&lt;name&gt;:…</c>).</summary>
    public Dictionary<string, DiffusionModelOptions> Models { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One configured model: where its folder is, its defaults and the bounds a request may use.</summary>
public sealed class DiffusionModelOptions
{
    /// <summary>The diffusers/Optimum ONNX folder (model_index.json, unet/model.onnx, …).</summary>
    public string Path { get; set; } = "";

    /// <summary>euler, euler-ancestral, ddim, lcm or dpm++2m-karras; the folder's scheduler_config when empty.</summary>
    public string? Scheduler { get; set; }

    /// <summary>Overrides scheduler_config's timestep_spacing (linspace, leading, trailing).</summary>
    public string? TimestepSpacing { get; set; }

    public int Steps { get; set; } = 25;
    public double Guidance { get; set; } = 7.5;
    public int Width { get; set; } = 512;
    public int Height { get; set; } = 512;
    public double Strength { get; set; } = 0.6;

    public int MinSteps { get; set; } = 1;
    public int MaxSteps { get; set; } = 50;
    public double MinGuidance { get; set; } = 0;
    public double MaxGuidance { get; set; } = 20;
    public int MinSize { get; set; } = 256;
    public int MaxSize { get; set; } = 768;
    public int MaxCount { get; set; } = 4;

    /// <summary>Run each session once right after loading so the first request is not the slow one.</summary>
    public bool WarmUp { get; set; } = true;
}
