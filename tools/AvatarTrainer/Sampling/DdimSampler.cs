using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Sampling;

/// <summary>
/// DDIM (eta 0) with diffusers' "leading" spacing and steps_offset 1, and classifier-free guidance as one
/// batch (unconditional first), exactly as the app's pipeline runs the exported model. Used for previews
/// during training and as the TorchSharp side of the ONNX parity check.
/// </summary>
internal sealed class DdimSampler(AutoEncoder ae, LatentStats stats, DiffusionModel dm)
{
    public static int[] Timesteps(int steps)
    {
        int ratio = NoiseSchedule.Steps / steps;
        return Enumerable.Range(0, steps).Reverse().Select(i => i * ratio + 1).ToArray();
    }

    /// <returns>images in [-1, 1], [N, 3, 256, 256]</returns>
    public Tensor Sample(IReadOnlyList<string> prompts, int steps, double guidance, int seed)
    {
        using var _ = no_grad();
        int n = prompts.Count;
        var cond = dm.Text.Forward(dm.Text.Rows(prompts));
        var uncond = dm.Text.Forward(dm.Text.Rows(Enumerable.Repeat("", n)));
        var context = cat([uncond, cond], 0);
        var x = randn([n, AutoEncoder.LatentChannels, 32, 32], generator: new Generator((ulong)seed));
        var ac = NoiseSchedule.AlphasCumprod;
        int ratio = NoiseSchedule.Steps / steps;
        foreach (var t in Timesteps(steps))
        {
            var eps2 = dm.UNet.Forward(cat([x, x], 0), tensor(new float[] { t }), context);
            var (eu, ec) = (eps2[..n], eps2[n..]);
            var eps = eu + guidance * (ec - eu);
            double a = ac[t], aPrev = t - ratio >= 0 ? ac[t - ratio] : ac[0];
            var x0 = (x - Math.Sqrt(1 - a) * eps) / Math.Sqrt(a);
            x = Math.Sqrt(aPrev) * x0 + Math.Sqrt(1 - aPrev) * eps;
        }
        return ae.Decode(stats.Denormalise(x)).clamp(-1, 1);
    }
}
