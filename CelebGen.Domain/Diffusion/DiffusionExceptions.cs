namespace CelebGen.Domain.Diffusion;

/// <summary>A model folder is missing a file or holds one that does not fit the pipeline; fix the folder.</summary>
public sealed class ModelFolderException(string file, string problem, Exception? inner = null)
    : Exception($"Model file '{file}': {problem}", inner)
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}

/// <summary>ONNX Runtime failed while generating (out of memory, provider error); the request may be retried.</summary>
public sealed class DiffusionRuntimeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The requested execution provider cannot run here (e.g. cuda on a machine without CUDA).</summary>
public sealed class ExecutionProviderUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
