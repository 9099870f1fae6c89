namespace CelebGen.AvatarTrainer;

/// <summary>The trainer's command line: one verb per step of docs/demo-model.md.</summary>
internal static class Commands
{
    public static int Run(string[] args)
    {
        var opts = Options.Parse(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "preview":
                return PreviewCommand.Run(opts.Get("out", "/tmp/avatar-preview.png"), opts.Int("count", 16), opts.Int("seed", 1));
            case "train-vae":
                return Training.TrainAutoEncoder.Run(opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Int("steps", 800),
                    opts.Int("batch", 8), opts.Double("lr", 2e-3), opts.Int("seed", 1), opts.Int("threads", 1));
            case "train-unet":
                return Training.TrainDiffusion.Run(opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Int("steps", 3000),
                    opts.Int("batch", 24), opts.Double("lr", 1e-3), opts.Int("seed", 1), opts.Int("threads", 1), opts.Double("ema", 0.998),
                    opts.Double("offset-noise", 0.0), opts.Double("high-noise-share", 0.0), opts.Double("short-share", 0.0), opts.Double("hair-weight", 0.0));
            case "sample":
                return Sampling.SampleCommand.Run(opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Get("out", "/tmp/avatar-samples.png"),
                    opts.Int("steps", 20), opts.Double("guidance", 4.0), opts.Int("seed", 1), opts.Get("ema", "true") == "true");
            case "export":
                return Export.ExportCommand.Run(opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Get("out", "CelebGen.Web/DiffusionModels/cartoon-avatar"), opts.Get("ema", "true") == "true");
            case "import":
                return Export.ImportCommand.Run(opts.Get("model", "CelebGen.Web/DiffusionModels/cartoon-avatar"), opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Get("force", "false") == "true");
            case "recon":
                return Sampling.ReconCommand.Run(opts.Get("run", "tools/AvatarTrainer/runs/main"), opts.Get("out", "/tmp/avatar-recon.png"));
            default:
                Console.Error.WriteLine("usage: AvatarTrainer <preview|train-vae|train-unet|sample|export|import|recon> [--key value ...]");
                return 2;
        }
    }
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var d = new Dictionary<string, string>();
        var list = args.ToList();
        for (int i = 0; i + 1 < list.Count; i += 2)
        {
            if (!list[i].StartsWith("--")) throw new ArgumentException($"Expected --key value, got '{list[i]}'.");
            d[list[i][2..]] = list[i + 1];
        }
        return new Options(d);
    }

    public string Get(string key, string fallback) => values.GetValueOrDefault(key, fallback);
    public int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v) : fallback;
    public double Double(string key, double fallback) => values.TryGetValue(key, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
