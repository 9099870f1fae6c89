using System.Text.Json;
using System.Text.Json.Serialization;

namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>The fields of diffusers' <c>scheduler/scheduler_config.json</c> that the schedulers read (diffusers' defaults).</summary>
public sealed record SchedulerConfig
{
    [JsonPropertyName("_class_name")] public string ClassName { get; init; } = "PNDMScheduler";
    [JsonPropertyName("num_train_timesteps")] public int NumTrainTimesteps { get; init; } = 1000;
    [JsonPropertyName("beta_start")] public double BetaStart { get; init; } = 0.00085;
    [JsonPropertyName("beta_end")] public double BetaEnd { get; init; } = 0.012;
    [JsonPropertyName("beta_schedule")] public string BetaSchedule { get; init; } = "scaled_linear";
    [JsonPropertyName("prediction_type")] public string PredictionType { get; init; } = "epsilon";
    [JsonPropertyName("timestep_spacing")] public string TimestepSpacing { get; init; } = "leading";
    [JsonPropertyName("steps_offset")] public int StepsOffset { get; init; } = 1;
    [JsonPropertyName("set_alpha_to_one")] public bool SetAlphaToOne { get; init; }
    [JsonPropertyName("original_inference_steps")] public int OriginalInferenceSteps { get; init; } = 50;
    [JsonPropertyName("timestep_scaling")] public double TimestepScaling { get; init; } = 10.0;

    public bool IsVPrediction => PredictionType == "v_prediction";

    public static SchedulerConfig Parse(string json) =>
        JsonSerializer.Deserialize<SchedulerConfig>(json, new JsonSerializerOptions { NumberHandling = JsonNumberHandling.AllowReadingFromString })
        ?? throw new JsonException("the file is empty or null");
}
