using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;

namespace CelebGen.AvatarTrainer.Export;

/// <summary>Step 3: writes the trained model (EMA weights by default) as an SD ONNX folder, then checks ONNX Runtime against TorchSharp.</summary>
internal static class ExportCommand
{
    public static int Run(string runDir, string outDir, bool ema)
    {
        TorchSharp.torch.set_num_threads(1);
        var ae = new AutoEncoder(1);
        ae.Params.Load(Path.Combine(runDir, "vae.bin"));
        var stats = LatentStats.LoadOrMeasure(runDir, ae, 1);
        var dm = new DiffusionModel(1);
        dm.Params.Load(Path.Combine(runDir, ema ? "dm_ema.bin" : "dm.bin"));
        FolderConfig.Write(outDir);
        dm.Vocabulary.WriteFiles(Path.Combine(outDir, "tokenizer"));
        OnnxExporter.TextEncoder(dm, Path.Combine(outDir, "text_encoder", "model.onnx"));
        OnnxExporter.UNet(dm, Path.Combine(outDir, "unet", "model.onnx"));
        OnnxExporter.VaeDecoder(ae, stats, Path.Combine(outDir, "vae_decoder", "model.onnx"));
        OnnxExporter.VaeEncoder(ae, stats, Path.Combine(outDir, "vae_encoder", "model.onnx"));
        long bytes = Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"exported to {outDir}: {bytes / 1e6:F1} MB");
        return ParityCheck.Run(ae, stats, dm, outDir) ? 0 : 1;
    }
}
