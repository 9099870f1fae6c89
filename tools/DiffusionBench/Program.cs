using System.Diagnostics;
using CelebGen.Domain.Diffusion;
using DiffusionBench;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// DiffusionBench --model <folder> | --synthetic  [--steps 20] [--size 512] [--guidance 7.5] [--scheduler euler]
//                [--provider cpu|cuda|auto] [--runs 3] [--memory-runs 100] [--channels 64] [--layers 4]
var args_ = Arguments.Parse(args);
string folder = args_.Has("synthetic")
    ? SyntheticModel.Write(Path.Combine(Path.GetTempPath(), $"celebgen-synthetic-{args_.Int("channels", 64)}x{args_.Int("layers", 4)}"),
        args_.Int("channels", 64), args_.Int("layers", 4))
    : args_.String("model") ?? throw new ArgumentException("Pass --model <folder> or --synthetic.");
int steps = args_.Int("steps", 20), size = args_.Int("size", 512), runs = args_.Int("runs", 3), memoryRuns = args_.Int("memory-runs", 100);
double guidance = args_.Double("guidance", 7.5);

using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
var options = new DiffusionOptions { ExecutionProvider = args_.String("provider") ?? "auto", DefaultModel = "bench" };
options.Models["bench"] = new DiffusionModelOptions
{
    Path = folder, Steps = steps, Guidance = guidance, Width = size, Height = size, MinSize = 64, MaxSize = 2048,
    MaxSteps = 1000, MaxGuidance = 100, Scheduler = args_.String("scheduler"), WarmUp = true,
};
using var engine = new DiffusionEngine(Options.Create(options), loggers.CreateLogger<DiffusionEngine>());
var request = new DiffusionRequest("a photo of an astronaut riding a horse on mars") { Seed = 42 };

Console.WriteLine($"model: {folder}{(args_.Has("synthetic") ? " (synthetic)" : "")}");
Console.WriteLine($"provider: {engine.Provider}; {steps} steps, {size}x{size}, guidance {guidance}, {Environment.ProcessorCount} cores");

var cold = Stopwatch.StartNew();
await engine.LoadAsync();
var loaded = cold.Elapsed;
var first = await engine.GenerateAsync(request);
Console.WriteLine($"cold first image: {cold.Elapsed.TotalSeconds:F2} s (load + warm-up {loaded.TotalSeconds:F2} s, generate {first.Timings.Total.TotalSeconds:F2} s)");

var measured = new List<DiffusionTimings>();
for (int i = 0; i < runs; i++) measured.Add((await engine.GenerateAsync(request)).Timings);
Report.Timings(measured);

if (memoryRuns > 0)
{
    // Many short runs (1 step) at the same size: native values or buffers left undisposed show up as growth.
    var small = request with { Steps = 1 };
    var samples = new List<(long WorkingSet, long Managed)>();
    for (int i = 0; i < memoryRuns; i++)
    {
        await engine.GenerateAsync(small);
        if (i % 10 == 9 || i == 0)
        {
            GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            using var self = Process.GetCurrentProcess();
            samples.Add((self.WorkingSet64, GC.GetTotalMemory(false)));
        }
    }
    Report.Memory(samples, memoryRuns);
}
