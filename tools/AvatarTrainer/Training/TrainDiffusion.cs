using System.Diagnostics;
using CelebGen.AvatarData;
using CelebGen.AvatarTrainer.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Training;

/// <summary>
/// Step 2: text encoder + UNet on frozen autoencoder latents, epsilon prediction with SD's noise schedule,
/// min-SNR-5 loss weighting (faster convergence for small budgets), optional offset noise and extra
/// high-noise samples (so global colours are learned from the caption), optional extra weight on the hair's
/// latent cells (<see cref="HairMask"/>), 10% empty captions for classifier-free guidance, and an EMA copy of
/// the weights (the one that is exported). Fresh avatars every step.
/// </summary>
internal static class TrainDiffusion
{
    public static int Run(string runDir, int steps, int batch, double lr, int seed, int threads, double emaDecay, double offsetNoise, double highNoiseShare, double shortShare, double hairWeight)
    {
        torch.set_num_threads(threads);
        torch.manual_seed(seed);
        var ae = new AutoEncoder(seed);
        ae.Params.Load(Path.Combine(runDir, "vae.bin"));
        foreach (var p in ae.Params.All) p.requires_grad = false;
        var stats = LatentStats.LoadOrMeasure(runDir, ae, seed);
        var dm = new DiffusionModel(seed);
        string ckpt = Path.Combine(runDir, "dm.bin"), emaPath = Path.Combine(runDir, "dm_ema.bin"), stepPath = Path.Combine(runDir, "dm.step");
        int start = 0;
        if (File.Exists(ckpt)) { dm.Params.Load(ckpt); start = int.Parse(File.ReadAllText(stepPath)); Console.WriteLine($"resumed at step {start}"); }
        var ema = dm.Params.All.Select(p => p.detach().clone()).ToList();
        if (File.Exists(emaPath))
        {
            var tmp = new DiffusionModel(seed);
            tmp.Params.Load(emaPath);
            ema = tmp.Params.All.Select(p => p.detach().clone()).ToList();
        }
        Console.WriteLine($"text encoder + unet: {dm.Params.Count:N0} parameters; steps {start}..{steps} of {batch}, lr {lr}, {threads} thread(s), " +
            $"offset noise {offsetNoise}, high-noise share {highNoiseShare}, short share {shortShare}, hair weight {hairWeight}");
        var opt = torch.optim.AdamW(dm.Params.All, lr, weight_decay: 0.0);
        var optPath = Path.Combine(runDir, "dm.opt");
        if (start > 0 && File.Exists(optPath)) LoadOptimiser(opt, optPath);
        var rng = new Random(seed + start * 7919);
        var gen = new Generator((ulong)(seed + start));
        var ac = tensor(NoiseSchedule.AlphasCumprod.Select(v => (float)v).ToArray());
        var sw = Stopwatch.StartNew();
        double avg = 0;
        int failures = 0;
        for (int step = start + 1; step <= steps; step++)
        {
          try
          {
            using var scope = torch.NewDisposeScope();
            var (images, specs) = AvatarBatch.Render(rng, batch);
            Tensor z0;
            using (no_grad()) z0 = stats.Normalise(ae.Encode(images));
            var captions = specs.Select(s => rng.NextDouble() switch
            {
                < 0.1 => "",
                var r when r < 0.1 + shortShare => AvatarCaption.DescribeSome(s, rng, detail: 0.2), // short prompts, like most users'
                _ => AvatarCaption.DescribeSome(s, rng),
            }).ToList();
            // A share of each batch at high noise, where only the text can tell the background colour: at lower
            // noise the UNet reads a large flat region's colour off the noisy latent and never learns it from text.
            var t = torch.randint(0, NoiseSchedule.Steps, [batch], generator: gen);
            int high = (int)Math.Round(batch * highNoiseShare);
            if (high > 0) t[..high] = torch.randint(NoiseSchedule.Steps * 7 / 10, NoiseSchedule.Steps, [high], generator: gen);
            var a = ac.index_select(0, t).view(-1, 1, 1, 1);
            // Offset noise (a per-image, per-channel constant added to the noise) makes the mean colour of the
            // noisy latent uninformative too, so the global colours have to come from the caption.
            var eps = torch.randn(z0.shape, generator: gen) + offsetNoise * torch.randn([batch, z0.shape[1], 1, 1], generator: gen);
            var xt = a.sqrt() * z0 + (1 - a).sqrt() * eps;
            var pred = dm.UNet.Forward(xt, t.to_type(ScalarType.Float32), dm.Text.Forward(dm.Text.Rows(captions)));
            var snr = a / (1 - a);
            var weight = torch.clamp(snr, max: 5.0) / snr;
            // Hair cells weigh 1 + hairWeight (see HairMask); dividing by the mean weight keeps the loss scale.
            var cells = hairWeight > 0 ? 1 + hairWeight * HairMask.Of(specs) : torch.ones([batch, 1, 1, 1]);
            var err = ((pred - eps).pow(2) * cells).mean([1, 2, 3], keepdim: true) / cells.mean([1, 2, 3], keepdim: true);
            var loss = (err * weight).mean();
            foreach (var group in opt.ParamGroups) group.LearningRate = Schedule.Cosine(lr, step, steps);
            opt.zero_grad();
            loss.backward();
            torch.nn.utils.clip_grad_norm_(dm.Params.All, 1.0);
            opt.step();
            using (no_grad())
            {
                double d = Math.Min(emaDecay, (1.0 + step) / (10.0 + step));
                foreach (var (e, p) in ema.Zip(dm.Params.All)) e.mul_(d).add_(p.detach(), alpha: 1 - d);
            }
            avg = step == start + 1 ? loss.item<float>() : 0.98 * avg + 0.02 * loss.item<float>();
            if (step % 50 == 0 || step == steps)
            {
                Console.WriteLine($"step {step} loss {avg:F4} ({sw.Elapsed.TotalSeconds / (step - start):F2} s/step, {sw.Elapsed.TotalMinutes:F1} min)");
                dm.Params.Save(ckpt);
                dm.Params.Save(emaPath, ema);
                opt.save_state_dict(optPath);
                File.WriteAllText(stepPath, step.ToString());
            }
            failures = 0;
          }
          // TorchSharp 0.107 leaves implicitly converted Scalars to the finalizer thread, which now and then
          // frees one that a native call is still reading ("Expected false to be true ... toFloat"): one run died
          // of it after 200 steps. The step's tensors die with its dispose scope, so the step is simply redone.
          catch (System.Runtime.InteropServices.ExternalException e) when (++failures <= 5)
          {
            Console.WriteLine($"step {step} failed in libtorch ({e.Message.Split('\n')[0]}); redoing it with a fresh batch");
            step--;
          }
        }
        return 0;
    }

    private static void LoadOptimiser(TorchSharp.Modules.AdamW opt, string path)
    {
        try { opt.load_state_dict(path); Console.WriteLine($"optimiser state from {path}"); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            Console.WriteLine($"optimiser state in {path} does not fit this model ({e.Message}); starting AdamW afresh");
        }
    }
}
