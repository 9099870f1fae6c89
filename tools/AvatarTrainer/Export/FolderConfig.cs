using System.Text.Json;
using System.Text.Json.Nodes;
using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;

namespace CelebGen.AvatarTrainer.Export;

/// <summary>The JSON files of a diffusers/Optimum ONNX folder, describing this model.</summary>
internal static class FolderConfig
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string dir)
    {
        Save(Path.Combine(dir, "model_index.json"), new JsonObject
        {
            ["_class_name"] = "OnnxStableDiffusionPipeline",
            ["_diffusers_version"] = "0.30.0",
            ["_name_or_path"] = "celebgen/cartoon-avatar",
            ["feature_extractor"] = Pair(null, null),
            ["requires_safety_checker"] = false,
            ["safety_checker"] = Pair(null, null),
            ["scheduler"] = Pair("diffusers", "DDIMScheduler"),
            ["text_encoder"] = Pair("diffusers", "OnnxRuntimeModel"),
            ["tokenizer"] = Pair("transformers", "CLIPTokenizer"),
            ["unet"] = Pair("diffusers", "OnnxRuntimeModel"),
            ["vae_decoder"] = Pair("diffusers", "OnnxRuntimeModel"),
            ["vae_encoder"] = Pair("diffusers", "OnnxRuntimeModel"),
        });
        // Exactly the schedule the model was trained with (NoiseSchedule): SD 1.5's, so DDIM/Euler configs carry over.
        Save(Path.Combine(dir, "scheduler", "scheduler_config.json"), new JsonObject
        {
            ["_class_name"] = "DDIMScheduler",
            ["_diffusers_version"] = "0.30.0",
            ["num_train_timesteps"] = NoiseSchedule.Steps,
            ["beta_start"] = NoiseSchedule.BetaStart,
            ["beta_end"] = NoiseSchedule.BetaEnd,
            ["beta_schedule"] = "scaled_linear",
            ["clip_sample"] = false,
            ["set_alpha_to_one"] = false,
            ["steps_offset"] = 1,
            ["prediction_type"] = "epsilon",
            ["timestep_spacing"] = "leading",
        });
        Save(Path.Combine(dir, "text_encoder", "config.json"), new JsonObject
        {
            ["hidden_size"] = Model.TextEncoder.Hidden, ["max_position_embeddings"] = 77, ["model_type"] = "clip_text_model",
        });
        Save(Path.Combine(dir, "unet", "config.json"), new JsonObject
        {
            ["in_channels"] = AutoEncoder.LatentChannels, ["out_channels"] = AutoEncoder.LatentChannels,
            ["sample_size"] = AvatarBatch.ImageSize / 8, ["cross_attention_dim"] = Model.TextEncoder.Hidden,
        });
        foreach (var part in new[] { "vae_decoder", "vae_encoder" })
            Save(Path.Combine(dir, part, "config.json"), new JsonObject
            {
                ["latent_channels"] = AutoEncoder.LatentChannels, ["sample_size"] = AvatarBatch.ImageSize,
                ["scaling_factor"] = OnnxExporter.ScalingFactor, ["block_out_channels"] = new JsonArray(16, 32, 64, 96),
            });
    }

    private static JsonArray Pair(string? a, string? b) => new(a is null ? null : JsonValue.Create(a), b is null ? null : JsonValue.Create(b));

    private static void Save(string path, JsonNode node)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, node.ToJsonString(Indented) + "\n");
    }
}
