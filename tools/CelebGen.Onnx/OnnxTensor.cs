using System.Runtime.InteropServices;

namespace CelebGen.Onnx;

/// <summary>
/// A constant tensor (an initializer or a <c>Constant</c> node's value), stored little-endian as ONNX raw_data.
/// </summary>
public sealed class OnnxTensor
{
    private OnnxTensor(string name, OnnxDataType type, long[] dims, byte[] raw)
    {
        long count = dims.Aggregate(1L, (a, d) => a * d);
        int elementSize = type switch
        {
            OnnxDataType.Float or OnnxDataType.Int32 => 4,
            OnnxDataType.Int64 or OnnxDataType.Double => 8,
            OnnxDataType.Float16 => 2,
            _ => 1,
        };
        if (count * elementSize != raw.Length)
            throw new ArgumentException($"Tensor '{name}': shape [{string.Join(",", dims)}] needs {count} elements, got {raw.Length / elementSize}.");
        (Name, DataType, Dims, RawData) = (name, type, dims, raw);
    }

    public string Name { get; }
    public OnnxDataType DataType { get; }
    public IReadOnlyList<long> Dims { get; }
    public byte[] RawData { get; }

    public static OnnxTensor Float(string name, float[] values, params long[] dims) => new(name, OnnxDataType.Float, dims, Bytes(values));
    public static OnnxTensor Float16(string name, float[] values, params long[] dims) =>
        new(name, OnnxDataType.Float16, dims, Bytes(values.Select(v => (Half)v).ToArray()));
    public static OnnxTensor Int64(string name, long[] values, params long[] dims) => new(name, OnnxDataType.Int64, dims, Bytes(values));
    public static OnnxTensor Int32(string name, int[] values, params long[] dims) => new(name, OnnxDataType.Int32, dims, Bytes(values));

    /// <summary>A tensor of any element type from little-endian bytes you already hold.</summary>
    public static OnnxTensor Raw(string name, OnnxDataType type, byte[] raw, params long[] dims) => new(name, type, dims, raw);

    private static byte[] Bytes<T>(T[] values) where T : unmanaged =>
        MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
}
