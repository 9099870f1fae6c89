using System.Diagnostics;
using CelebGen.Domain.Diffusion;

namespace DiffusionBench;

internal static class Report
{
    public static void Timings(IReadOnlyList<DiffusionTimings> runs)
    {
        var steps = runs.SelectMany(r => r.UnetSteps).Select(s => s.TotalMilliseconds).ToList();
        double Mean(Func<DiffusionTimings, TimeSpan> pick) => runs.Average(r => pick(r).TotalMilliseconds);
        Console.WriteLine($"warm runs: {runs.Count}");
        Console.WriteLine($"  UNet per step:  mean {steps.Average():F1} ms, min {steps.Min():F1}, max {steps.Max():F1} ({steps.Count} steps)");
        Console.WriteLine($"  text encoder:   {Mean(r => r.TextEncoder):F1} ms");
        Console.WriteLine($"  VAE decoder:    {Mean(r => r.VaeDecoder):F1} ms");
        if (runs.Any(r => r.VaeEncoder > TimeSpan.Zero)) Console.WriteLine($"  VAE encoder:    {Mean(r => r.VaeEncoder):F1} ms");
        if (runs.Any(r => r.SafetyChecker > TimeSpan.Zero)) Console.WriteLine($"  safety checker: {Mean(r => r.SafetyChecker):F1} ms");
        Console.WriteLine($"  total:          {Mean(r => r.Total):F1} ms");
        Console.WriteLine($"  inside ORT:     {Mean(r => r.InsideOnnxRuntime):F1} ms");
        Console.WriteLine($"  overhead:       {Mean(r => r.Total - r.InsideOnnxRuntime):F1} ms = {runs.Average(r => r.OverheadFraction) * 100:F2} % of total");
    }

    public static void Memory(IReadOnlyList<(long WorkingSet, long Managed)> samples, int runs)
    {
        static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
        using var self = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"memory over {runs} runs (sampled after GC every 10 runs):");
        Console.WriteLine($"  working set:    first {Mb(samples[0].WorkingSet):F1} MB, after run 10 {Mb(samples[Math.Min(1, samples.Count - 1)].WorkingSet):F1} MB, last {Mb(samples[^1].WorkingSet):F1} MB");
        Console.WriteLine($"  managed heap:   first {Mb(samples[0].Managed):F2} MB, after run 10 {Mb(samples[Math.Min(1, samples.Count - 1)].Managed):F2} MB, last {Mb(samples[^1].Managed):F2} MB");
        Console.WriteLine($"  peak working set {Mb(self.PeakWorkingSet64):F1} MB; GC peak heap {Mb(info.HeapSizeBytes):F1} MB");
        Console.WriteLine($"  working-set series (MB): {string.Join(", ", samples.Select(s => Mb(s.WorkingSet).ToString("F0")))}");
    }
}

/// <summary>--name value / --flag command-line options.</summary>
internal sealed class Arguments(Dictionary<string, string?> values)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            var name = args[i][2..];
            values[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
        }
        return new Arguments(values);
    }

    public bool Has(string name) => values.ContainsKey(name);
    public string? String(string name) => values.GetValueOrDefault(name);
    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) && v is not null ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) && v is not null ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
