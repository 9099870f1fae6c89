using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace CelebGen.Domain.Diffusion.Execution;

/// <summary>
/// Creates ONNX Runtime sessions on the configured provider. CUDA uses heuristic cuDNN algorithm search
/// (exhaustive search makes the first run take minutes); "auto" falls back to CPU with a warning saying why.
/// </summary>
public sealed class SessionFactory(DiffusionOptions options, ILogger logger)
{
    private readonly object _gate = new();
    private string? _resolved;

    /// <summary>The provider sessions are created on: "cuda" or "cpu" (resolved on first use).</summary>
    public string Provider
    {
        get { lock (_gate) return _resolved ??= Resolve(); }
    }

    public InferenceSession Create(string modelPath)
    {
        using var sessionOptions = CreateOptions(Provider);
        return new InferenceSession(modelPath, sessionOptions);
    }

    private string Resolve()
    {
        var wanted = options.ExecutionProvider.Trim().ToLowerInvariant();
        if (wanted == "cpu") return "cpu";
        if (wanted is not ("cuda" or "auto"))
            throw new ExecutionProviderUnavailableException($"Diffusion:ExecutionProvider '{options.ExecutionProvider}' is not known; use auto, cuda or cpu.");
        try
        {
            using var probe = CreateOptions("cuda");
            return "cuda";
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException or NotSupportedException)
        {
            if (wanted == "cuda")
                throw new ExecutionProviderUnavailableException(
                    $"Diffusion:ExecutionProvider is 'cuda' but CUDA cannot be used: {e.Message} Build with -p:UseCuda=true on a machine with CUDA 12 and cuDNN 9, or set it to auto or cpu.", e);
            logger.LogWarning("CUDA is not available ({Reason}); diffusion runs on the CPU. Build with -p:UseCuda=true on a CUDA machine to use the GPU.", e.Message);
            return "cpu";
        }
    }

    private SessionOptions CreateOptions(string provider)
    {
        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        if (provider != "cuda") return sessionOptions;
        try
        {
            using var cuda = new OrtCUDAProviderOptions();
            cuda.UpdateOptions(new Dictionary<string, string>
            {
                ["device_id"] = options.DeviceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["cudnn_conv_algo_search"] = "HEURISTIC",
                ["do_copy_in_default_stream"] = "1",
                ["arena_extend_strategy"] = "kSameAsRequested",
            });
            sessionOptions.AppendExecutionProvider_CUDA(cuda);
            return sessionOptions;
        }
        catch
        {
            sessionOptions.Dispose();
            throw;
        }
    }
}
