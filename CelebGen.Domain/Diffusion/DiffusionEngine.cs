using CelebGen.Domain.Diffusion.Execution;
using CelebGen.Domain.Diffusion.Models;
using CelebGen.Domain.Diffusion.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Diffusion;

/// <summary>
/// Singleton registry of configured models: each model's sessions are opened on first use, warmed up once
/// and kept for the life of the process. Loading is serialised per model; a failed load is not cached, so
/// a fixed folder works without a restart.
/// </summary>
public sealed class DiffusionEngine(IOptions<DiffusionOptions> options, ILogger<DiffusionEngine> logger) : IDiffusionEngine, IDisposable
{
    private readonly DiffusionOptions _options = options.Value;
    private readonly SessionFactory _sessions = new(options.Value, logger);
    private readonly Dictionary<string, LoadedModel> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"cuda" or "cpu": where sessions run.</summary>
    public string Provider => _sessions.Provider;

    public IReadOnlyList<DiffusionModelInfo> Models => _options.Models.Select(m => Describe(m.Key, m.Value)).ToList();

    public DiffusionModelInfo GetModel(string? name = null)
    {
        var (key, model) = Find(name);
        return Describe(key, model);
    }

    public Task LoadAsync(string? model = null, CancellationToken cancellationToken = default) => GetLoadedAsync(model, cancellationToken);

    public async Task<DiffusionResult> GenerateAsync(DiffusionRequest request, IProgress<DiffusionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var model = await GetLoadedAsync(request.Model, cancellationToken);
        var resolved = ResolvedRequest.From(request, model.Options, model.Folder);
        var result = await Task.Run(() => StableDiffusionPipeline.Run(model, resolved, progress, cancellationToken), cancellationToken);
        if (result.PromptTokensDropped > 0)
            logger.LogInformation("Prompt for model {Model} was {Dropped} tokens over CLIP's 75; the end was cut off.", model.Name, result.PromptTokensDropped);
        return result;
    }

    private async Task<LoadedModel> GetLoadedAsync(string? name, CancellationToken ct)
    {
        var (key, options) = Find(name);
        SemaphoreSlim gate;
        lock (_loaded)
        {
            if (_loaded.TryGetValue(key, out var ready)) return ready;
            if (!_gates.TryGetValue(key, out gate!)) _gates[key] = gate = new SemaphoreSlim(1, 1);
        }
        await gate.WaitAsync(ct);
        try
        {
            lock (_loaded)
                if (_loaded.TryGetValue(key, out var ready)) return ready;
            var model = await Task.Run(() => LoadedModel.Load(key, options, _sessions), ct);
            if (options.WarmUp) await Task.Run(() => WarmUp(model), ct);
            logger.LogInformation("Diffusion model {Model} loaded from {Path} on {Provider}.", key, options.Path, model.Provider);
            lock (_loaded) _loaded[key] = model;
            return model;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>One single-step image at the default size, so allocations and kernel choices happen at load.</summary>
    private static void WarmUp(LoadedModel model)
    {
        var request = ResolvedRequest.From(new DiffusionRequest("warm-up") { Seed = 0, Steps = Math.Max(1, model.Options.MinSteps) },
            model.Options, model.Folder);
        StableDiffusionPipeline.Run(model, request, null, CancellationToken.None);
    }

    private (string Key, DiffusionModelOptions Options) Find(string? name)
    {
        if (_options.Models.Count == 0)
            throw new InvalidOperationException("No diffusion model is configured; add one under Diffusion:Models:<name>:Path.");
        name ??= string.IsNullOrWhiteSpace(_options.DefaultModel) ? _options.Models.Keys.First() : _options.DefaultModel;
        var match = _options.Models.FirstOrDefault(m => string.Equals(m.Key, name, StringComparison.OrdinalIgnoreCase));
        return match.Value is null
            ? throw new ArgumentException($"There is no diffusion model called '{name}'; configured: {string.Join(", ", _options.Models.Keys)}.")
            : (match.Key, match.Value);
    }

    private static DiffusionModelInfo Describe(string name, DiffusionModelOptions o) => new(
        name, o.Scheduler ?? "from scheduler_config.json",
        o.Steps, o.MinSteps, o.MaxSteps, o.Guidance, o.MinGuidance, o.MaxGuidance,
        o.Width, o.Height, o.MinSize, o.MaxSize, o.Strength, o.MaxCount,
        File.Exists(Path.Combine(o.Path, "vae_encoder", "model.onnx")),
        File.Exists(Path.Combine(o.Path, "safety_checker", "model.onnx")));

    public void Dispose()
    {
        lock (_loaded)
        {
            foreach (var model in _loaded.Values) model.Dispose();
            _loaded.Clear();
        }
    }
}
