using CelebGen.Domain.Diffusion.Models;
using CelebGen.Domain.Diffusion.Scheduling;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>A request with the model's defaults filled in and every value checked against its bounds.</summary>
internal sealed record ResolvedRequest(
    string Prompt, string NegativePrompt, long Seed, int Count, int Steps, double Guidance, int Width, int Height,
    SchedulerKind Scheduler, SchedulerConfig SchedulerConfig, DiffusionImageInput? Reference, double Strength)
{
    public bool UsesGuidance => Guidance > 1.0;

    public static ResolvedRequest From(DiffusionRequest request, DiffusionModelOptions o, ModelFolder folder)
    {
        int steps = request.Steps ?? o.Steps, width = request.Width ?? o.Width, height = request.Height ?? o.Height;
        double guidance = request.Guidance ?? o.Guidance, strength = request.Strength ?? o.Strength;
        Check(steps >= o.MinSteps && steps <= o.MaxSteps, $"Steps must be between {o.MinSteps} and {o.MaxSteps}.");
        Check(guidance >= o.MinGuidance && guidance <= o.MaxGuidance, $"Guidance must be between {o.MinGuidance} and {o.MaxGuidance}.");
        Check(request.Count >= 1 && request.Count <= o.MaxCount, $"Choose between 1 and {o.MaxCount} images.");
        foreach (var (label, size) in new[] { ("Width", width), ("Height", height) })
            Check(size >= o.MinSize && size <= o.MaxSize && size % 8 == 0, $"{label} must be a multiple of 8 between {o.MinSize} and {o.MaxSize}.");
        Check(strength is >= 0 and <= 1, "Strength must be between 0 and 1.");
        Check(!string.IsNullOrWhiteSpace(request.Prompt), "Write a prompt describing the picture.");

        var config = o.TimestepSpacing is { Length: > 0 } spacing ? folder.Scheduler with { TimestepSpacing = spacing } : folder.Scheduler;
        var name = request.Scheduler ?? o.Scheduler;
        var kind = string.IsNullOrWhiteSpace(name) ? SchedulerNames.FromClassName(folder.Scheduler.ClassName) : SchedulerNames.Parse(name);
        long seed = request.Seed ?? Random.Shared.NextInt64(0, int.MaxValue);
        return new ResolvedRequest(request.Prompt, request.NegativePrompt, seed, request.Count, steps, guidance, width, height,
            kind, config, request.Reference, strength);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition) throw new ArgumentException(message);
    }
}
