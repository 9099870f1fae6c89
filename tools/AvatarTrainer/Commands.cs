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
            default:
                Console.Error.WriteLine("usage: AvatarTrainer <preview|train-vae|train-unet|export|sample|bench> [--key value ...]");
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
