using WatermarkBench;

// Usage (section first): dotnet run -c Release --project tools/WatermarkBench -- [all|robustness|falsepositives|phash] [--images N] [--unmarked N]
//        ... -- robustness --only "JPEG 50|crop 90% area"   a subset of the attacks, to iterate quickly
//        ... -- diagnose --attack "crop 90% area"     per-image detail for one attack
//        ... -- samples --out DIR                     pictures to look at (original | marked | difference, visible mark)
var section = args.Length > 0 && !args[0].StartsWith("--") ? args[0] : "all";
int Option(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

var photos = BenchImages.LoadPhotos();
var corpus = BenchImages.Corpus(photos, Option("--images", 70));
var only = Array.IndexOf(args, "--only") is var o and >= 0 ? args[o + 1].Split('|') : null;
if (section is "robustness" or "all") Robustness.Run(corpus, Console.Out, only);
if (section == "diagnose") Diagnose.Run(corpus, args[Array.IndexOf(args, "--attack") + 1], Console.Out);
if (section is "falsepositives" or "all") FalsePositives.Run(photos, Option("--unmarked", 1000), Console.Out);
if (section is "phash" or "all") HashDistances.Run(corpus, Console.Out);
if (section == "samples") Samples.Run(corpus, args[Array.IndexOf(args, "--out") + 1], Console.Out);
