using CelebGen.Domain.Diffusion;
using CelebGen.Tests.Diffusion.TinyModels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Diffusion;

/// <summary>The default build carries the CPU flavour of ONNX Runtime, so CUDA is unavailable here by construction.</summary>
public class ExecutionProviderTests
{
    private static DiffusionEngine Engine(string provider, ILogger<DiffusionEngine> logger)
    {
        var options = new DiffusionOptions { ExecutionProvider = provider };
        options.Models["tiny"] = new DiffusionModelOptions
        {
            Path = TinyModelFolder.Create(new TinyModelSpec()), Width = 64, Height = 64, MinSize = 64, Steps = 2,
        };
        return new DiffusionEngine(Options.Create(options), logger);
    }

    [Fact]
    public async Task Auto_falls_back_to_the_cpu_with_a_warning_that_says_why()
    {
        var logger = new ListLogger();
        using var engine = Engine("auto", logger);

        var result = await engine.GenerateAsync(new DiffusionRequest("a lake") { Seed = 1 });

        Assert.Equal("cpu", engine.Provider);
        Assert.Single(result.Images);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("CUDA is not available", warning.Message);
        Assert.Contains("UseCuda", warning.Message);
    }

    [Fact]
    public async Task Cuda_fails_loudly_when_cuda_cannot_be_used()
    {
        using var engine = Engine("cuda", new ListLogger());

        var error = await Assert.ThrowsAsync<ExecutionProviderUnavailableException>(() => engine.LoadAsync());

        Assert.Contains("-p:UseCuda=true", error.Message);
    }

    [Fact]
    public async Task An_unknown_provider_name_is_refused()
    {
        using var engine = Engine("tpu", new ListLogger());

        var error = await Assert.ThrowsAsync<ExecutionProviderUnavailableException>(() => engine.LoadAsync());

        Assert.Contains("auto, cuda or cpu", error.Message);
    }

    private sealed class ListLogger : ILogger<DiffusionEngine>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
