using CelebGen.Domain.Diffusion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CelebGen.AvatarBench;

/// <summary>The app's diffusion engine on CPU with only the demo model configured, at its default settings.</summary>
internal static class DemoEngine
{
    public static DiffusionEngine Create(string folder, int steps, double guidance)
    {
        var options = new DiffusionOptions { ExecutionProvider = "cpu", DefaultModel = "cartoon-avatar" };
        options.Models["cartoon-avatar"] = new DiffusionModelOptions
        {
            Path = folder, Scheduler = "ddim", Steps = steps, Guidance = guidance, Width = 256, Height = 256, MinSize = 256, MaxSize = 512,
        };
        return new DiffusionEngine(Options.Create(options), NullLogger<DiffusionEngine>.Instance);
    }
}
