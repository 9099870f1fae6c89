using CelebGen.AvatarData;
using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;
using TorchSharp;

namespace CelebGen.AvatarTrainer.Sampling;

/// <summary>Renders the 16 showcase prompts with the TorchSharp model (EMA weights) into a 4×4 grid.</summary>
internal static class SampleCommand
{
    public static int Run(string runDir, string output, int steps, double guidance, int seed, bool ema)
    {
        torch.set_num_threads(1);
        var ae = new AutoEncoder(1);
        ae.Params.Load(Path.Combine(runDir, "vae.bin"));
        var stats = LatentStats.LoadOrMeasure(runDir, ae, 1);
        var dm = new DiffusionModel(1);
        dm.Params.Load(Path.Combine(runDir, ema ? "dm_ema.bin" : "dm.bin"));
        var images = new DdimSampler(ae, stats, dm).Sample(ShowcasePrompts.All, steps, guidance, seed);
        using var grid = Grid.FromTensor(images, 4);
        ImageIo.SavePng(grid, output);
        Console.WriteLine($"wrote {output}");
        return 0;
    }
}
