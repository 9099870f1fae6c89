using CelebGen.Onnx;
using static CelebGen.Onnx.OnnxAttribute;

namespace CelebGen.Tests.Diffusion.TinyModels;

/// <summary>Writes a complete diffusers/Optimum-layout folder of tiny ONNX models (see <see cref="TinyMath"/>).</summary>
public static class TinyModelFolder
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TinyModelSpec, Lazy<string>> Cache = new();

    /// <summary>The folder for <paramref name="spec"/>, written once per test run (specs are value-equal records).</summary>
    public static string Create(TinyModelSpec spec) => Cache.GetOrAdd(spec, s => new Lazy<string>(() => Write(s))).Value;

    /// <summary>A fresh folder that a test may break.</summary>
    public static string Write(TinyModelSpec spec)
    {
        var root = Directory.CreateTempSubdirectory("tiny-sd-").FullName;
        File.WriteAllText(Path.Combine(root, "model_index.json"), """{"_class_name": "OnnxStableDiffusionPipeline"}""");
        Directory.CreateDirectory(Path.Combine(root, "scheduler"));
        File.WriteAllText(Path.Combine(root, "scheduler", "scheduler_config.json"), spec.SchedulerConfig);
        var tokenizer = Directory.CreateDirectory(Path.Combine(root, "tokenizer")).FullName;
        foreach (var file in new[] { "vocab.json", "merges.txt" })
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Diffusion", "ClipTokenizer", file), Path.Combine(tokenizer, file));

        OnnxModelWriter.Save(TextEncoder(spec.Hidden), Path.Combine(root, "text_encoder", "model.onnx"));
        // The UNet's weights go to an external data file, as large exports do.
        OnnxModelWriter.Save(Unet(spec), Path.Combine(root, "unet", "model.onnx"), externalDataThreshold: 64);
        OnnxModelWriter.Save(VaeDecoder(), Path.Combine(root, "vae_decoder", "model.onnx"));
        if (spec.VaeScalingFactor is { } factor)
            File.WriteAllText(Path.Combine(root, "vae_decoder", "config.json"), $$"""{"scaling_factor": {{factor.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""");
        if (spec.VaeEncoderOutput is { } output)
            OnnxModelWriter.Save(VaeEncoder(output), Path.Combine(root, "vae_encoder", "model.onnx"));
        if (spec.SafetyThreshold is { } threshold)
            OnnxModelWriter.Save(SafetyChecker(threshold), Path.Combine(root, "safety_checker", "model.onnx"));
        return root;
    }

    public static OnnxGraph TextEncoder(int hidden)
    {
        var g = new OnnxGraph("text_encoder");
        g.Input("input_ids", OnnxDataType.Int32, "batch", 77);
        var ids = g.Op("Cast", ["input_ids"], Int("to", (long)OnnxDataType.Float));
        var scaled = g.Op("Mul", ids, g.Weight([0.01f], [1]));
        var column = g.Op("Unsqueeze", scaled, g.Constant(OnnxTensor.Int64("axis2", [2], 1)));
        var w = Enumerable.Range(0, hidden).Select(k => TinyMath.W(k, hidden)).ToArray();
        var p = Enumerable.Range(0, 77 * hidden).Select(i => TinyMath.P(i / hidden, i % hidden)).ToArray();
        var wave = g.Op("Mul", g.Op("Sin", g.Op("Mul", column, g.Weight(w, [1, 1, hidden]))), g.Weight([TinyMath.Gain], [1]));
        var states = g.Op("Add", wave, g.Weight(p, [1, 77, hidden]));
        g.Output(states, "last_hidden_state", OnnxDataType.Float, "batch", 77, hidden);
        g.Output(g.Op("ReduceMean", [states], Ints("axes", 1), Int("keepdims", 0)), "pooler_output", OnnxDataType.Float, "batch", hidden);
        return g;
    }

    public static OnnxGraph Unet(TinyModelSpec spec)
    {
        var g = new OnnxGraph("unet");
        var io = spec.Float16 ? OnnxDataType.Float16 : OnnxDataType.Float;
        OnnxDim batch = spec.UnetBatchOne ? 1 : "batch";
        g.Input("sample", io, batch, 4, "height", "width");
        if (spec.ScalarTimestep) g.Input("timestep", spec.TimestepType);
        else g.Input("timestep", spec.TimestepType, batch);
        g.Input("encoder_hidden_states", io, batch, 77, spec.Hidden);

        var sample = g.Op("Cast", ["sample"], Int("to", (long)OnnxDataType.Float));
        var states = g.Op("Cast", ["encoder_hidden_states"], Int("to", (long)OnnxDataType.Float));
        var context = g.Op("Unsqueeze", g.Op("ReduceMean", [states], Ints("axes", 1, 2), Int("keepdims", 1)),
            g.Constant(OnnxTensor.Int64("axis3", [3], 1)));
        var time = g.Op("Reshape", g.Op("Cast", ["timestep"], Int("to", (long)OnnxDataType.Float)),
            g.Constant(OnnxTensor.Int64("t_shape", [-1, 1, 1, 1], 4)));
        if (spec.SlowUnet) sample = SlowIdentity(g, sample);
        var eps = g.Op("Add",
            g.Op("Add", g.Op("Mul", sample, g.Weight([TinyMath.A], [1])), g.Op("Mul", g.Op("Sub", context, g.Weight([TinyMath.Center], [1])), g.Weight([TinyMath.B], [1]))),
            g.Op("Mul", time, g.Weight([TinyMath.C], [1])));
        g.Output(g.Op("Cast", [eps], Int("to", (long)io)), "out_sample", io, batch, 4, "height", "width");
        return g;
    }

    /// <summary>sample + 0·(a long chain of 256×256 MatMuls): slow, cancellable, numerically a no-op.</summary>
    private static string SlowIdentity(OnnxGraph g, string sample)
    {
        var matrix = g.Weight(Enumerable.Range(0, 256 * 256).Select(i => i % 257 == 0 ? 1f : 0f).ToArray(), [256, 256]);
        // Tied to the input so ONNX Runtime cannot fold the chain into a constant at load.
        var tie = g.Op("Mul", g.Op("ReduceMean", [sample], Int("keepdims", 0)), g.Weight([0f], [1]));
        var x = g.Op("Add", g.Weight(Enumerable.Repeat(0.001f, 256 * 256).ToArray(), [256, 256]), tie);
        for (int i = 0; i < 120; i++) x = g.Op("MatMul", x, matrix);
        var zero = g.Op("Mul", g.Op("ReduceMean", [x], Int("keepdims", 0)), g.Weight([0f], [1]));
        return g.Op("Add", sample, zero);
    }

    public static OnnxGraph VaeDecoder()
    {
        var g = new OnnxGraph("vae_decoder");
        g.Input("latent_sample", OnnxDataType.Float, "batch", 4, "height", "width");
        var weights = Enumerable.Range(0, 12).Select(i => TinyMath.D[i / 4, i % 4]).ToArray();
        var conv = g.Op("Conv", ["latent_sample", g.Weight(weights, [3, 4, 1, 1]), g.Weight(TinyMath.Db, [3])]);
        var up = g.Op("Resize", [g.Op("Tanh", conv), "", g.Weight([1, 1, 8, 8], [4])],
            String("mode", "nearest"), String("coordinate_transformation_mode", "asymmetric"), String("nearest_mode", "floor"));
        g.Output(up, "sample", OnnxDataType.Float, "batch", 3, "image_height", "image_width");
        return g;
    }

    public static OnnxGraph VaeEncoder(string output)
    {
        var g = new OnnxGraph("vae_encoder");
        g.Input("sample", OnnxDataType.Float, "batch", 3, "image_height", "image_width");
        var pooled = g.Op("AveragePool", ["sample"], Ints("kernel_shape", 8, 8), Ints("strides", 8, 8));
        int channels = output == "latent_parameters" ? 8 : 4;
        // latent_parameters: mean rows then logvar rows (here a constant 7 that must not leak into the mean).
        var weights = Enumerable.Range(0, channels * 3).Select(i => i < 12 ? TinyMath.E[i / 3, i % 3] : 0f).ToArray();
        var bias = Enumerable.Range(0, channels).Select(k => k < 4 ? 0f : 7f).ToArray();
        var conv = g.Op("Conv", [pooled, g.Weight(weights, [channels, 3, 1, 1]), g.Weight(bias, [channels])]);
        g.Output(conv, output, OnnxDataType.Float, "batch", channels, "height", "width");
        return g;
    }

    public static OnnxGraph SafetyChecker(float threshold)
    {
        var g = new OnnxGraph("safety_checker");
        g.Input("clip_input", OnnxDataType.Float, "batch", 3, 224, 224);
        g.Input("images", OnnxDataType.Float, "batch", "height", "width", 3);
        var brightness = g.Op("ReduceMean", ["images"], Ints("axes", 1, 2, 3), Int("keepdims", 0));
        var clip = g.Op("ReduceMean", ["clip_input"], Ints("axes", 1, 2, 3), Int("keepdims", 0));
        var score = g.Op("Add", brightness, g.Op("Mul", clip, g.Weight([1e-4f], [1])));
        g.Output(g.Op("Greater", score, g.Weight([threshold], [1])), "has_nsfw_concepts", OnnxDataType.Bool, "batch");
        g.Output(g.Op("Mul", "images", g.Weight([1f], [1])), "out_images", OnnxDataType.Float, "batch", "height", "width", 3);
        return g;
    }
}
