using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Nn;
using CelebGen.AvatarTrainer.Training;
using CelebGen.Onnx;

namespace CelebGen.AvatarTrainer.Export;

/// <summary>
/// Writes the four ONNX graphs with the input and output names, element types and ranks of an Optimum
/// Stable Diffusion export. The latent normalisation is folded into the VAE graphs so that SD's standard
/// scaling factor (0.18215) gives the unit-variance latents the UNet was trained on.
/// </summary>
internal static class OnnxExporter
{
    public const float ScalingFactor = 0.18215f;

    public static void TextEncoder(DiffusionModel dm, string path) => OnnxModelWriter.Save(TextEncoderGraph(dm), Prepare(path));
    public static void UNet(DiffusionModel dm, string path) => OnnxModelWriter.Save(UNetGraph(dm), Prepare(path));
    public static void VaeDecoder(AutoEncoder ae, LatentStats stats, string path) => OnnxModelWriter.Save(VaeDecoderGraph(ae, stats), Prepare(path));
    public static void VaeEncoder(AutoEncoder ae, LatentStats stats, string path) => OnnxModelWriter.Save(VaeEncoderGraph(ae, stats), Prepare(path));

    public static OnnxGraph TextEncoderGraph(DiffusionModel dm)
    {
        var g = new OnnxGraph("avatar_text_encoder");
        g.Input("input_ids", OnnxDataType.Int32, "batch", "sequence");
        var h = dm.Text.Export(g, "input_ids");
        g.Output(h, "last_hidden_state", OnnxDataType.Float, "batch", "sequence", Model.TextEncoder.Hidden);
        return g;
    }

    public static OnnxGraph UNetGraph(DiffusionModel dm)
    {
        var g = new OnnxGraph("avatar_unet");
        g.Input("sample", OnnxDataType.Float, "batch", AutoEncoder.LatentChannels, "height", "width");
        g.Input("timestep", OnnxDataType.Float, "steps");
        g.Input("encoder_hidden_states", OnnxDataType.Float, "batch", "sequence", Model.TextEncoder.Hidden);
        var y = dm.UNet.Export(g, "sample", "timestep", "encoder_hidden_states");
        g.Output(y, "out_sample", OnnxDataType.Float, "batch", AutoEncoder.LatentChannels, "height", "width");
        return g;
    }

    public static OnnxGraph VaeDecoderGraph(AutoEncoder ae, LatentStats stats)
    {
        var g = new OnnxGraph("avatar_vae_decoder");
        g.Input("latent_sample", OnnxDataType.Float, "batch", AutoEncoder.LatentChannels, "latent_height", "latent_width");
        // latent_sample = z / 0.18215 with z unit-variance: undo both before the decoder proper.
        var z = g.Op("Mul", "latent_sample", g.Weight(stats.Std.Select(s => s * ScalingFactor).ToArray(), [AutoEncoder.LatentChannels, 1, 1]));
        z = g.Op("Add", z, g.Weight(stats.Mean, [AutoEncoder.LatentChannels, 1, 1]));
        g.Output(ae.ExportDecode(g, z), "sample", OnnxDataType.Float, "batch", 3, "height", "width");
        return g;
    }

    public static OnnxGraph VaeEncoderGraph(AutoEncoder ae, LatentStats stats)
    {
        var g = new OnnxGraph("avatar_vae_encoder");
        g.Input("sample", OnnxDataType.Float, "batch", 3, "height", "width");
        var z = g.Op("Sub", ae.ExportEncode(g, "sample"), g.Weight(stats.Mean, [AutoEncoder.LatentChannels, 1, 1]));
        z = g.Op("Mul", z, g.Weight(stats.Std.Select(s => 1f / (s * ScalingFactor)).ToArray(), [AutoEncoder.LatentChannels, 1, 1]));
        g.Output(z, "latent_sample", OnnxDataType.Float, "batch", AutoEncoder.LatentChannels, "latent_height", "latent_width");
        return g;
    }

    private static string Prepare(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return path;
    }
}
