namespace CelebGen.Onnx;

/// <summary>
/// One dimension of a graph input or output: a fixed size, or a symbolic name such as "batch".
/// Converts implicitly from <see cref="int"/>, <see cref="long"/> and <see cref="string"/>, so shapes read
/// as <c>["batch", 4, "height", "width"]</c>.
/// </summary>
public readonly record struct OnnxDim(long? Value, string? Symbol)
{
    public static implicit operator OnnxDim(int value) => new(value, null);
    public static implicit operator OnnxDim(long value) => new(value, null);
    public static implicit operator OnnxDim(string symbol) => new(null, symbol);

    public override string ToString() => Symbol ?? Value?.ToString() ?? "?";
}
