using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Sampling;

/// <summary>Autoencoder check: 8 fresh avatars (top two rows) and their reconstructions (bottom two rows).</summary>
internal static class ReconCommand
{
    public static int Run(string runDir, string output)
    {
        torch.set_num_threads(1);
        using var _ = no_grad();
        var ae = new AutoEncoder(1);
        ae.Params.Load(Path.Combine(runDir, "vae.bin"));
        var images = AvatarBatch.Render(new Random(99), 8).Images;
        var recon = ae.Decode(ae.Encode(images)).clamp(-1, 1);
        Console.WriteLine($"mean |error| = {(recon - images).abs().mean().item<float>():F4} (pixel range 2)");
        using var grid = Grid.FromTensor(cat([images, recon], 0), 4);
        ImageIo.SavePng(grid, output);
        return 0;
    }
}
