using CelebGen.Onnx;

namespace CelebGen.AvatarTrainer.Nn;

/// <summary>Small constants as uniquely named initializers (the graph builder names only the nodes it makes).</summary>
internal static class GraphExtensions
{
    private static int _counter;

    public static string Int64s(this OnnxGraph g, params long[] values) =>
        g.Initializer(OnnxTensor.Int64($"const_i64_{Interlocked.Increment(ref _counter)}", values, values.Length));

    public static string Floats(this OnnxGraph g, params float[] values) =>
        g.Initializer(OnnxTensor.Float($"const_f32_{Interlocked.Increment(ref _counter)}", values, values.Length));

    public static string Scalar(this OnnxGraph g, float value) =>
        g.Initializer(OnnxTensor.Float($"const_f32_{Interlocked.Increment(ref _counter)}", [value]));
}
