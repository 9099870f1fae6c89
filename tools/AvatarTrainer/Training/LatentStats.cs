using System.Text.Json;
using CelebGen.AvatarTrainer.Model;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Training;

/// <summary>Per-channel mean and standard deviation of the trained encoder's latents; diffusion works on (z − mean) / std.</summary>
internal sealed record LatentStats(float[] Mean, float[] Std)
{
    public static LatentStats LoadOrMeasure(string runDir, AutoEncoder ae, int seed)
    {
        var path = Path.Combine(runDir, "latent_stats.json");
        if (File.Exists(path)) return JsonSerializer.Deserialize<LatentStats>(File.ReadAllText(path))!;
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var rng = new Random(seed + 1000);
        var zs = Enumerable.Range(0, 8).Select(_ => ae.Encode(AvatarBatch.Render(rng, 32).Images)).ToList();
        var z = cat(zs, 0).transpose(0, 1).reshape(AutoEncoder.LatentChannels, -1);
        var stats = new LatentStats(z.mean([1]).data<float>().ToArray(), z.std(1).data<float>().ToArray());
        File.WriteAllText(path, JsonSerializer.Serialize(stats));
        return stats;
    }

    public Tensor Normalise(Tensor z) => (z - tensor(Mean).view(1, -1, 1, 1)) / tensor(Std).view(1, -1, 1, 1);
    public Tensor Denormalise(Tensor z) => z * tensor(Std).view(1, -1, 1, 1) + tensor(Mean).view(1, -1, 1, 1);
}
