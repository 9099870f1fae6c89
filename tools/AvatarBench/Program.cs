using CelebGen.AvatarBench;

var opts = args.Skip(1).Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--")).ToDictionary(p => p[0][2..], p => p[1]);
string Get(string key, string fallback) => opts.GetValueOrDefault(key, fallback);
var folder = Get("model", "CelebGen.Web/DiffusionModels/cartoon-avatar");
int steps = int.Parse(Get("steps", "20"));
double guidance = double.Parse(Get("guidance", "4"), System.Globalization.CultureInfo.InvariantCulture);
using var engine = DemoEngine.Create(folder, steps, guidance);
await engine.LoadAsync();
switch (args.FirstOrDefault())
{
    case "adherence":
        return await Adherence.RunAsync(engine, int.Parse(Get("prompts", "100")), Get("out", "/tmp/adherence.png"), int.Parse(Get("specs-from", "100000")));
    case "grid":
        return await SampleGrid.RunAsync(engine, Get("out", "docs/demo-model-samples.png"));
    case "img2img":
        return await ImageToImage.RunAsync(engine, Get("image", ""), double.Parse(Get("strength", "0.6"), System.Globalization.CultureInfo.InvariantCulture), Get("out", "/tmp/img2img.png"));
    default:
        Console.Error.WriteLine("usage: AvatarBench <adherence|grid|img2img> [--model DIR] [--steps N] [--guidance G] [--prompts N] [--specs-from SEED] [--image FILE] [--strength S] [--out FILE]");
        return 2;
}
