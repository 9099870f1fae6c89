using System.Diagnostics;

namespace CelebGen.Domain.Diffusion.Pipeline;

/// <summary>Collects the time spent inside each ONNX Runtime call of one request (fields, so they pass by ref).</summary>
internal sealed class RunClock
{
    private readonly long _start = Stopwatch.GetTimestamp();
    public TimeSpan TextEncoder;
    public TimeSpan VaeEncoder;
    public TimeSpan VaeDecoder;
    public TimeSpan SafetyChecker;
    public readonly List<TimeSpan> UnetSteps = [];

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_start);

    public DiffusionTimings Finish() => new(Elapsed, TextEncoder, UnetSteps, VaeEncoder, VaeDecoder, SafetyChecker);
}
