namespace CelebGen.Domain.Diffusion;

/// <summary>
/// The small cartoon-avatar model that ships with the app (CelebGen.Web/DiffusionModels, copied next to the
/// binaries). It is the model when none is configured, so a fresh install can make avatars at once.
/// </summary>
public static class BundledDemoModel
{
    public const string Name = "cartoon-avatar";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DiffusionModels", Name);

    public static void AddIfNoneConfigured(DiffusionOptions options)
    {
        if (options.Models.Count > 0 || !options.UseBundledModel || !File.Exists(Path.Combine(Folder, "model_index.json")))
        {
            return;
        }
        // Defaults from its training (docs/demo-model.md): DDIM, 20 steps, guidance 4, 256×256 only.
        options.Models[Name] = new DiffusionModelOptions
        {
            Path = Folder, Scheduler = "ddim", Steps = 20, MinSteps = 4, MaxSteps = 50,
            Guidance = 4, MinGuidance = 1, MaxGuidance = 10, Width = 256, Height = 256, MinSize = 256, MaxSize = 256,
        };
        options.DefaultModel ??= Name;
    }
}
