using System.Diagnostics;
using CelebGen.AvatarTrainer.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Training;

/// <summary>
/// Step 1: the autoencoder. Each step renders fresh avatars, encodes the whole image, and decodes a random
/// 16×16 latent crop (128×128 pixels) to keep CPU cost low; the decoder is fully convolutional, so it then
/// decodes whole 32×32 latents. Small noise on the latents makes the decoder tolerant of imperfect
/// diffusion samples; a small L2 penalty keeps the latent scale in check.
/// </summary>
internal static class TrainAutoEncoder
{
    public static int Run(string runDir, int steps, int batch, double lr, int seed, int threads)
    {
        torch.set_num_threads(threads);
        torch.manual_seed(seed);
        var ae = new AutoEncoder(seed);
        var ckpt = Path.Combine(runDir, "vae.bin");
        if (File.Exists(ckpt)) { ae.Params.Load(ckpt); Console.WriteLine($"resumed from {ckpt}"); }
        Console.WriteLine($"autoencoder: {ae.Params.Count:N0} parameters; {steps} steps of {batch}, lr {lr}, {threads} thread(s)");
        var opt = torch.optim.AdamW(ae.Params.All, lr, weight_decay: 0);
        var rng = new Random(seed);
        var noise = new Generator((ulong)seed + 1);
        var sw = Stopwatch.StartNew();
        double avg = 0;
        for (int step = 1; step <= steps; step++)
        {
            using var scope = torch.NewDisposeScope();
            var (images, _) = AvatarBatch.Render(rng, batch);
            var z = ae.Encode(images);
            int ly = rng.Next(0, 17), lx = rng.Next(0, 17);
            var zc = z[.., .., ly..(ly + 16), lx..(lx + 16)];
            zc = zc + 0.05 * torch.randn(zc.shape, generator: noise) * zc.detach().std();
            var target = images[.., .., (ly * 8)..(ly * 8 + 128), (lx * 8)..(lx * 8 + 128)];
            var recon = ae.Decode(zc);
            var loss = (recon - target).abs().mean() + 0.5 * (recon - target).pow(2).mean() + 1e-4 * z.pow(2).mean();
            foreach (var group in opt.ParamGroups) group.LearningRate = Schedule.Cosine(lr, step, steps);
            opt.zero_grad();
            loss.backward();
            opt.step();
            avg = step == 1 ? loss.item<float>() : 0.95 * avg + 0.05 * loss.item<float>();
            if (step % 25 == 0 || step == steps)
            {
                Console.WriteLine($"step {step} loss {avg:F4} ({sw.Elapsed.TotalSeconds / step:F2} s/step, {sw.Elapsed.TotalMinutes:F1} min)");
                ae.Params.Save(ckpt);
            }
        }
        return 0;
    }
}
