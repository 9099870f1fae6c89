using System.Text.Json;
using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Domain.Diffusion.Models;

/// <summary>
/// The files of a diffusers/Optimum ONNX export, checked before any session is made so that a broken folder
/// fails with the file and the problem named.
/// </summary>
public sealed record ModelFolder(
    string Root,
    SchedulerConfig Scheduler,
    double VaeScalingFactor,
    string TokenizerFolder,
    string TextEncoder,
    string Unet,
    string VaeDecoder,
    string? VaeEncoder,
    string? SafetyChecker)
{
    public const double DefaultVaeScalingFactor = 0.18215;

    public static ModelFolder Read(string root)
    {
        if (!Directory.Exists(root))
            throw new ModelFolderException(root, "the model folder does not exist; check Diffusion:Models:<name>:Path.");
        ReadJson(Path.Combine(root, "model_index.json"), required: true);

        var schedulerPath = Path.Combine(root, "scheduler", "scheduler_config.json");
        var schedulerJson = ReadJson(schedulerPath, required: true)!;
        SchedulerConfig scheduler;
        try { scheduler = SchedulerConfig.Parse(schedulerJson); }
        catch (JsonException e) { throw new ModelFolderException(schedulerPath, $"a field has the wrong type ({e.Message}).", e); }
        if (scheduler.BetaSchedule is not ("linear" or "scaled_linear"))
            throw new ModelFolderException(schedulerPath, $"beta_schedule '{scheduler.BetaSchedule}' is not supported (linear, scaled_linear).");
        if (scheduler.TimestepSpacing is not ("linspace" or "leading" or "trailing"))
            throw new ModelFolderException(schedulerPath, $"timestep_spacing '{scheduler.TimestepSpacing}' is not supported (linspace, leading, trailing).");

        var tokenizer = Path.Combine(root, "tokenizer");
        foreach (var file in new[] { "vocab.json", "merges.txt" })
            if (!File.Exists(Path.Combine(tokenizer, file)))
                throw new ModelFolderException(Path.Combine(tokenizer, file), "missing; the tokenizer needs vocab.json and merges.txt.");

        return new ModelFolder(root, scheduler, VaeScaling(root), tokenizer,
            Onnx(root, "text_encoder", required: true)!, Onnx(root, "unet", required: true)!,
            Onnx(root, "vae_decoder", required: true)!, Onnx(root, "vae_encoder", required: false),
            Onnx(root, "safety_checker", required: false));
    }

    /// <summary>scaling_factor from vae_decoder/config.json (or vae/config.json), 0.18215 when absent.</summary>
    private static double VaeScaling(string root)
    {
        foreach (var folder in new[] { "vae_decoder", "vae" })
        {
            var path = Path.Combine(root, folder, "config.json");
            var json = ReadJson(path, required: false);
            if (json is null) continue;
            using var doc = JsonDocument.Parse(json);
            if (!doc.RootElement.TryGetProperty("scaling_factor", out var factor)) continue;
            if (factor.ValueKind != JsonValueKind.Number || factor.GetDouble() <= 0)
                throw new ModelFolderException(path, "scaling_factor must be a positive number.");
            return factor.GetDouble();
        }
        return DefaultVaeScalingFactor;
    }

    private static string? Onnx(string root, string component, bool required)
    {
        var path = Path.Combine(root, component, "model.onnx");
        if (File.Exists(path)) return path;
        if (required) throw new ModelFolderException(path, $"missing; every model needs {component}/model.onnx.");
        return null;
    }

    private static string? ReadJson(string path, bool required)
    {
        if (!File.Exists(path))
            return required ? throw new ModelFolderException(path, "missing.") : null;
        var text = File.ReadAllText(path);
        try
        {
            using var _ = JsonDocument.Parse(text);
            return text;
        }
        catch (JsonException e)
        {
            throw new ModelFolderException(path, $"not valid JSON ({e.Message}).", e);
        }
    }
}
