using Google.Protobuf;

namespace CelebGen.Onnx;

/// <summary>
/// Reads the initializers (weights) of an ONNX model file written inline, as <see cref="OnnxModelWriter"/>
/// writes them: ModelProto.graph (7) → GraphProto.initializer (5) → TensorProto dims (1), data_type (2),
/// name (8), raw_data (9). The trainer uses it to turn an exported model folder back into a checkpoint.
/// </summary>
public static class OnnxInitializerReader
{
    public static IReadOnlyList<OnnxTensor> Read(string path) => Read(File.ReadAllBytes(path));

    public static IReadOnlyList<OnnxTensor> Read(byte[] model)
    {
        var graph = Fields(model).Where(f => f.Field == 7).Select(f => f.Bytes).SingleOrDefault()
            ?? throw new InvalidDataException("The ONNX model has no graph.");
        return Fields(graph).Where(f => f.Field == 5).Select(f => Tensor(f.Bytes!)).ToList();
    }

    private static OnnxTensor Tensor(byte[] proto)
    {
        var dims = new List<long>();
        var type = OnnxDataType.Float;
        string name = "";
        byte[]? raw = null;
        var s = new CodedInputStream(proto);
        while (s.ReadTag() is var tag and not 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1 when WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint: dims.Add(s.ReadInt64()); break;
                case 1: // packed dims
                    var packed = new CodedInputStream(s.ReadBytes().ToByteArray());
                    while (!packed.IsAtEnd) dims.Add(packed.ReadInt64());
                    break;
                case 2: type = (OnnxDataType)s.ReadInt32(); break;
                case 8: name = s.ReadString(); break;
                case 9: raw = s.ReadBytes().ToByteArray(); break;
                case 4 or 5 or 7 or 13 or 14:
                    throw new NotSupportedException($"Initializer '{name}' is not stored as inline raw_data (field {WireFormat.GetTagFieldNumber(tag)}).");
                default: s.SkipLastField(); break;
            }
        }
        return OnnxTensor.Raw(name, type, raw ?? [], [.. dims]);
    }

    /// <summary>The top-level fields of a message; length-delimited ones with their bytes, others skipped.</summary>
    private static IEnumerable<(int Field, byte[]? Bytes)> Fields(byte[] message)
    {
        var s = new CodedInputStream(message);
        var list = new List<(int, byte[]?)>();
        while (s.ReadTag() is var tag and not 0)
        {
            int field = WireFormat.GetTagFieldNumber(tag);
            if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited) list.Add((field, s.ReadBytes().ToByteArray()));
            else { s.SkipLastField(); list.Add((field, null)); }
        }
        return list;
    }

    /// <summary>A float initializer's values.</summary>
    public static float[] Floats(OnnxTensor t) =>
        t.DataType == OnnxDataType.Float
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(t.RawData).ToArray()
            : throw new InvalidDataException($"Initializer '{t.Name}' is {t.DataType}, not float.");
}
