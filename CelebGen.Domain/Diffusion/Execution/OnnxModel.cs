using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CelebGen.Domain.Diffusion.Execution;

/// <summary>
/// One loaded ONNX file with its metadata: runs it with cancellation (RunOptions.Terminate flips when the
/// token fires mid-run), measures the time spent inside ONNX Runtime and disposes every value it made.
/// </summary>
public sealed class OnnxModel(InferenceSession session, string file) : IDisposable
{
    public string File { get; } = file;
    public InferenceSession Session { get; } = session;

    public bool HasInput(string name) => Session.InputMetadata.ContainsKey(name);
    public NodeMetadata Input(string name) => Session.InputMetadata[name];
    public TensorElementType InputType(string name) => Session.InputMetadata[name].ElementDataType;
    public int[] InputDims(string name) => Session.InputMetadata[name].Dimensions;
    public IReadOnlyList<string> OutputNames => Session.OutputNames;

    /// <summary>
    /// Runs with named inputs (which it disposes) and hands each requested output to <paramref name="read"/>
    /// before disposing them; adds the run's wall time to <paramref name="elapsed"/>.
    /// </summary>
    public T Run<T>(IReadOnlyList<(string Name, OrtValue Value)> inputs, IReadOnlyList<string> outputs,
        Func<IReadOnlyList<OrtValue>, T> read, ref TimeSpan elapsed, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var runOptions = new RunOptions();
            using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
            long start = Stopwatch.GetTimestamp();
            IDisposableReadOnlyCollection<OrtValue> results;
            try
            {
                results = Session.Run(runOptions, inputs.Select(i => i.Name).ToArray(), inputs.Select(i => i.Value).ToArray(), outputs.ToArray());
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException("Generation was cancelled while ONNX Runtime was running.", cancellationToken);
            }
            catch (OnnxRuntimeException e)
            {
                throw new DiffusionRuntimeException($"ONNX Runtime failed running '{File}': {e.Message}", e);
            }
            elapsed += Stopwatch.GetElapsedTime(start);
            using (results) return read(results);
        }
        finally
        {
            foreach (var (_, value) in inputs) value.Dispose();
        }
    }

    public void Dispose() => Session.Dispose();
}
