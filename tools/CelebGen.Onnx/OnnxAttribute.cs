namespace CelebGen.Onnx;

/// <summary>A node attribute (onnx.proto <c>AttributeProto</c>). Create one with the static factories.</summary>
public sealed record OnnxAttribute
{
    internal enum Kind { Float = 1, Int = 2, String = 3, Tensor = 4, Floats = 6, Ints = 7 }

    private OnnxAttribute(string name, Kind type) => (Name, Type) = (name, type);

    public string Name { get; }
    internal Kind Type { get; }
    internal float FloatValue { get; private init; }
    internal long IntValue { get; private init; }
    internal string? StringValue { get; private init; }
    internal OnnxTensor? TensorValue { get; private init; }
    internal IReadOnlyList<float> FloatValues { get; private init; } = [];
    internal IReadOnlyList<long> IntValues { get; private init; } = [];

    public static OnnxAttribute Float(string name, float value) => new(name, Kind.Float) { FloatValue = value };
    public static OnnxAttribute Int(string name, long value) => new(name, Kind.Int) { IntValue = value };
    public static OnnxAttribute String(string name, string value) => new(name, Kind.String) { StringValue = value };
    public static OnnxAttribute Tensor(string name, OnnxTensor value) => new(name, Kind.Tensor) { TensorValue = value };
    public static OnnxAttribute Floats(string name, params float[] values) => new(name, Kind.Floats) { FloatValues = values };
    public static OnnxAttribute Ints(string name, params long[] values) => new(name, Kind.Ints) { IntValues = values };
}
