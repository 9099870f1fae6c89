using CelebGen.Onnx;
using static CelebGen.Onnx.OnnxAttribute;

namespace DiffusionBench;

/// <summary>
/// Writes an SD-1.5-shaped folder (hidden 768, int64 timestep, fp32) whose UNet is a stack of 3×3
/// convolutions heavy enough (≥ 50 ms a step on a laptop CPU at 512×512) to measure the pipeline's overhead
/// against. Weights are random but fixed, so outputs are stable; the pictures mean nothing.
/// </summary>
internal static class SyntheticModel
{
    public static string Write(string root, int channels, int layers)
    {
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "model_index.json"), """{"_class_name": "OnnxStableDiffusionPipeline"}""");
        Directory.CreateDirectory(Path.Combine(root, "scheduler"));
        File.WriteAllText(Path.Combine(root, "scheduler", "scheduler_config.json"), """
            {"_class_name": "EulerDiscreteScheduler", "beta_start": 0.00085, "beta_end": 0.012, "beta_schedule": "scaled_linear",
             "num_train_timesteps": 1000, "steps_offset": 1, "timestep_spacing": "leading", "prediction_type": "epsilon"}
            """);
        CopyTokenizer(Directory.CreateDirectory(Path.Combine(root, "tokenizer")).FullName);
        var random = new Random(1);
        OnnxModelWriter.Save(TextEncoder(random), Path.Combine(root, "text_encoder", "model.onnx"));
        OnnxModelWriter.Save(Unet(random, channels, layers), Path.Combine(root, "unet", "model.onnx"), externalDataThreshold: 1024);
        OnnxModelWriter.Save(VaeDecoder(random), Path.Combine(root, "vae_decoder", "model.onnx"));
        return root;
    }

    /// <summary>The CLIP vocabulary the tests ship (CelebGen.Tests/Diffusion/ClipTokenizer), found from the repository root.</summary>
    private static void CopyTokenizer(string target)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CelebGen.sln"))) dir = dir.Parent;
        var source = dir is null ? null : Path.Combine(dir.FullName, "CelebGen.Tests", "Diffusion", "ClipTokenizer");
        if (source is null || !Directory.Exists(source))
            throw new DirectoryNotFoundException("Run the benchmark from inside the CelebGen repository: it copies the CLIP vocabulary from CelebGen.Tests/Diffusion/ClipTokenizer.");
        foreach (var file in new[] { "vocab.json", "merges.txt" }) File.Copy(Path.Combine(source, file), Path.Combine(target, file), overwrite: true);
    }

    private static float[] Random(Random random, int count, float scale) =>
        Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 2 - 1) * scale).ToArray();

    private static OnnxGraph TextEncoder(Random random)
    {
        const int hidden = 768;
        var g = new OnnxGraph("text_encoder");
        g.Input("input_ids", OnnxDataType.Int32, "batch", 77);
        var ids = g.Op("Unsqueeze", g.Op("Cast", ["input_ids"], Int("to", (long)OnnxDataType.Float)), g.Constant(OnnxTensor.Int64("axis", [2], 1)));
        var states = g.Op("Sin", g.Op("Mul", ids, g.Weight(Random(random, hidden, 0.01f), [1, 1, hidden])));
        var projected = g.Op("MatMul", states, g.Weight(Random(random, hidden * hidden, 0.05f), [hidden, hidden]));
        g.Output(projected, "last_hidden_state", OnnxDataType.Float, "batch", 77, hidden);
        return g;
    }

    private static OnnxGraph Unet(Random random, int channels, int layers)
    {
        var g = new OnnxGraph("unet");
        g.Input("sample", OnnxDataType.Float, "batch", 4, "height", "width");
        g.Input("timestep", OnnxDataType.Int64, "batch");
        g.Input("encoder_hidden_states", OnnxDataType.Float, "batch", 77, 768);
        var pads = Ints("pads", 1, 1, 1, 1);
        var x = g.Op("Conv", ["sample", g.Weight(Random(random, channels * 4 * 9, 0.2f), [channels, 4, 3, 3]), g.Weight(new float[channels], [channels])], pads);
        var context = g.Op("ReduceMean", ["encoder_hidden_states"], Ints("axes", 1, 2), Int("keepdims", 1));
        var time = g.Op("Reshape", g.Op("Cast", ["timestep"], Int("to", (long)OnnxDataType.Float)), g.Constant(OnnxTensor.Int64("t_shape", [-1, 1, 1, 1], 4)));
        x = g.Op("Add", x, g.Op("Mul", g.Op("Unsqueeze", context, g.Constant(OnnxTensor.Int64("axis3", [3], 1))), g.Weight([0.1f], [1])));
        x = g.Op("Add", x, g.Op("Mul", time, g.Weight([0.0001f], [1])));
        for (int i = 0; i < layers; i++)
        {
            var w = g.Weight(Random(random, channels * channels * 9, 1f / (3 * channels)), [channels, channels, 3, 3]);
            x = g.Op("Add", x, g.Op("Relu", [g.Op("Conv", [x, w, g.Weight(new float[channels], [channels])], pads)]));
        }
        var eps = g.Op("Conv", [x, g.Weight(Random(random, 4 * channels * 9, 0.05f), [4, channels, 3, 3]), g.Weight(new float[4], [4])], pads);
        g.Output(eps, "out_sample", OnnxDataType.Float, "batch", 4, "height", "width");
        return g;
    }

    private static OnnxGraph VaeDecoder(Random random)
    {
        var g = new OnnxGraph("vae_decoder");
        g.Input("latent_sample", OnnxDataType.Float, "batch", 4, "height", "width");
        var conv = g.Op("Conv", ["latent_sample", g.Weight(Random(random, 3 * 4, 0.1f), [3, 4, 1, 1]), g.Weight(new float[3], [3])]);
        var up = g.Op("Resize", [conv, "", g.Weight([1, 1, 8, 8], [4])], String("mode", "linear"));
        var smooth = g.Op("Conv", [up, g.Weight(Random(random, 3 * 3 * 9, 0.2f), [3, 3, 3, 3]), g.Weight(new float[3], [3])], Ints("pads", 1, 1, 1, 1));
        g.Output(g.Op("Tanh", smooth), "sample", OnnxDataType.Float, "batch", 3, "image_height", "image_width");
        return g;
    }
}
