using CelebGen.Onnx;

namespace CelebGen.Tests.Diffusion.TinyModels;

/// <summary>
/// What a tiny SD-shaped model folder looks like. The defaults mirror an SD 1.5 Optimum export (int64 [B]
/// timestep, fp32, latent_parameters encoder) with a small hidden size so tests stay fast.
/// </summary>
public sealed record TinyModelSpec
{
    public int Hidden { get; init; } = 32;
    public OnnxDataType TimestepType { get; init; } = OnnxDataType.Int64;
    public bool ScalarTimestep { get; init; }
    /// <summary>fp16 for the UNet's sample, encoder_hidden_states and out_sample (as fp16 exports do).</summary>
    public bool Float16 { get; init; }
    /// <summary>latent_parameters, latent_sample, or null for no vae_encoder.</summary>
    public string? VaeEncoderOutput { get; init; } = "latent_parameters";
    /// <summary>Mean image brightness (0..1) above which the safety checker flags; null for no checker.</summary>
    public float? SafetyThreshold { get; init; }
    public double? VaeScalingFactor { get; init; }
    /// <summary>Makes each UNet run take long enough to be cancelled mid-run.</summary>
    public bool SlowUnet { get; init; }
    /// <summary>Fixes the UNet batch to 1 (exports that cannot take the CFG pair in one run).</summary>
    public bool UnetBatchOne { get; init; }
    public string SchedulerConfig { get; init; } = DefaultSchedulerConfig;

    // SD 1.5's scheduler/scheduler_config.json (PNDM class name, as shipped).
    public const string DefaultSchedulerConfig = """
        {"_class_name": "PNDMScheduler", "beta_end": 0.012, "beta_schedule": "scaled_linear", "beta_start": 0.00085,
         "num_train_timesteps": 1000, "set_alpha_to_one": false, "skip_prk_steps": true, "steps_offset": 1,
         "timestep_spacing": "leading", "prediction_type": "epsilon"}
        """;
}
