using WatermarkBench;

// Usage: dotnet run -c Release --project tools/WatermarkBench [-- robustness|falsepositives|phash|all] [--images N] [--unmarked N]
var section = args.FirstOrDefault(a => !a.StartsWith("--")) ?? "all";
int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

var photos = BenchImages.LoadPhotos();
var corpus = BenchImages.Corpus(photos, Option("--images", 70));
if (section is "robustness" or "all") Robustness.Run(corpus, Console.Out);
if (section == "diagnose") Diagnose.Run(corpus, args[Array.IndexOf(args, "--attack") + 1], Console.Out);
if (section is "falsepositives" or "all") FalsePositives.Run(photos, Option("--unmarked", 1000), Console.Out);
if (section == "probe") foreach (var (name, image) in corpus) { Console.Write(name + " "); Probe.Run(image, Console.Out); }
if (section is "phash" or "all") HashDistances.Run(corpus, Console.Out);
if (section == "samples") Samples.Run(corpus, args[Array.IndexOf(args, "--out") + 1], Console.Out);
