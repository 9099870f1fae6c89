using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Tokenizer;
using CelebGen.AvatarTrainer.Training;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using TorchSharp;
using static TorchSharp.torch;
using Tensor = TorchSharp.torch.Tensor;

namespace CelebGen.AvatarTrainer.Export;

/// <summary>Runs each exported graph in ONNX Runtime and the same computation in TorchSharp on the same inputs; prints the largest difference.</summary>
internal static class ParityCheck
{
    private const double Tolerance = 1e-3;

    public static bool Run(AutoEncoder ae, LatentStats stats, DiffusionModel dm, string dir)
    {
        using var _ = no_grad();
        var gen = new Generator(123);
        bool ok = true;

        string[] prompts = ["", "a cartoon avatar of a smiling person with short red hair and round glasses on a blue background"];
        var ids = prompts.SelectMany(dm.Vocabulary.Encode).ToArray();
        ok &= Compare("text_encoder", dir, [NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<int>(ids, [2, AvatarVocabulary.Length]))],
            dm.Text.Forward(dm.Text.Rows(prompts)));

        var x = randn([2, 4, 32, 32], generator: gen);
        var ctx = randn([2, AvatarVocabulary.Length, Model.TextEncoder.Hidden], generator: gen);
        foreach (var t in new[] { new[] { 501f }, new[] { 981f, 21f } })
            ok &= Compare($"unet (timestep [{string.Join(", ", t)}])", dir,
                [Input("sample", x), Input("timestep", tensor(t)), Input("encoder_hidden_states", ctx)],
                dm.UNet.Forward(x, tensor(t), ctx));

        var latent = randn([1, 4, 32, 32], generator: gen);
        ok &= Compare("vae_decoder", dir, [Input("latent_sample", latent)],
            ae.Decode(stats.Denormalise(latent * OnnxExporter.ScalingFactor)));

        var image = AvatarBatch.Render(new Random(5), 1).Images;
        ok &= Compare("vae_encoder", dir, [Input("sample", image)], stats.Normalise(ae.Encode(image)) / OnnxExporter.ScalingFactor);
        Console.WriteLine(ok ? "parity: ONNX Runtime matches TorchSharp" : "parity: MISMATCH");
        return ok;
    }

    private static NamedOnnxValue Input(string name, Tensor t) =>
        NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(t.contiguous().data<float>().ToArray(), t.shape.Select(d => (int)d).ToArray()));

    private static bool Compare(string part, string dir, IReadOnlyCollection<NamedOnnxValue> inputs, Tensor expected)
    {
        var folder = part.Split(' ')[0];
        using var session = new InferenceSession(Path.Combine(dir, folder, "model.onnx"));
        using var results = session.Run(inputs);
        var actual = results.First().AsTensor<float>();
        var want = expected.contiguous().data<float>().ToArray();
        if (!actual.Dimensions.ToArray().Select(d => (long)d).SequenceEqual(expected.shape))
        {
            Console.WriteLine($"{part}: shape [{string.Join(",", actual.Dimensions.ToArray())}] != [{string.Join(",", expected.shape)}]");
            return false;
        }
        var got = actual.ToArray();
        double maxDiff = 0, scale = want.Max(v => Math.Abs(v));
        for (int i = 0; i < got.Length; i++) maxDiff = Math.Max(maxDiff, Math.Abs(got[i] - want[i]));
        bool ok = maxDiff <= Tolerance * Math.Max(1, scale);
        Console.WriteLine($"{part}: max |onnx - torch| = {maxDiff:E2} (max |value| {scale:F3}) {(ok ? "ok" : "FAIL")}");
        return ok;
    }
}
