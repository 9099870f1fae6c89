namespace CelebGen.Domain.Diffusion;

/// <summary>The in-process Stable Diffusion engine: configured models, their bounds, and generation.</summary>
public interface IDiffusionEngine
{
    /// <summary>Every configured model with its defaults and allowed bounds (no session is opened for this).</summary>
    IReadOnlyList<DiffusionModelInfo> Models { get; }

    /// <summary>The model called <paramref name="name"/>, or the default model when null.</summary>
    DiffusionModelInfo GetModel(string? name = null);

    /// <summary>Opens (once) and warms up a model's sessions; throws <see cref="ModelFolderException"/> for a broken folder.</summary>
    Task LoadAsync(string? model = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Generates <see cref="DiffusionRequest.Count"/> images. Throws <see cref="ArgumentException"/> for values
    /// outside the model's bounds, <see cref="ModelFolderException"/> for a broken model folder,
    /// <see cref="DiffusionRuntimeException"/> when ONNX Runtime fails, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires.
    /// </summary>
    Task<DiffusionResult> GenerateAsync(DiffusionRequest request, IProgress<DiffusionProgress>? progress = null,
        CancellationToken cancellationToken = default);
}

/// <summary>What the UI needs to offer a model: its defaults and the bounds a request may use.</summary>
public sealed record DiffusionModelInfo(
    string Name,
    string Scheduler,
    int Steps, int MinSteps, int MaxSteps,
    double Guidance, double MinGuidance, double MaxGuidance,
    int Width, int Height, int MinSize, int MaxSize,
    double Strength, int MaxCount,
    bool SupportsReferenceImage,
    bool HasSafetyChecker);
