using Google.Protobuf;

namespace CelebGen.Onnx;

/// <summary>
/// Serialises an <see cref="OnnxGraph"/> as an ONNX ModelProto, hand-encoded with Google.Protobuf's
/// <see cref="CodedOutputStream"/> (field numbers from onnx/onnx.proto, IR version 8).
/// </summary>
public static class OnnxModelWriter
{
    private const long IrVersion = 8;

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    /// <param name="externalDataThreshold">
    /// When set, initializers of at least this many bytes go to <c>&lt;file&gt;.data</c> beside the model
    /// (ONNX external data, as large exports do) instead of inside it.
    /// </param>
    public static void Save(OnnxGraph graph, string path, long? externalDataThreshold = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        ExternalData? external = null;
        if (externalDataThreshold is { } threshold)
            external = new ExternalData(Path.GetFileName(path) + ".data", threshold);
        File.WriteAllBytes(path, ToBytes(graph, external));
        if (external is not null)
            File.WriteAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, external.FileName), external.Buffer.ToArray());
    }

    /// <summary>The model as bytes, every weight inline (ONNX Runtime can load these directly).</summary>
    public static byte[] ToBytes(OnnxGraph graph) => ToBytes(graph, null);

    private static byte[] ToBytes(OnnxGraph graph, ExternalData? external) => Message(s =>
    {
        s.WriteTag(1, WireFormat.WireType.Varint); s.WriteInt64(IrVersion);
        WriteString(s, 2, "CelebGen.Onnx");
        WriteMessage(s, 7, Graph(graph, external));
        WriteMessage(s, 8, Message(o => { WriteString(o, 1, ""); o.WriteTag(2, WireFormat.WireType.Varint); o.WriteInt64(graph.Opset); }));
    });

    private static byte[] Graph(OnnxGraph graph, ExternalData? external) => Message(s =>
    {
        foreach (var node in graph.Nodes) WriteMessage(s, 1, Node(node));
        WriteString(s, 2, graph.Name);
        foreach (var tensor in graph.Initializers) WriteMessage(s, 5, Tensor(tensor, external));
        foreach (var input in graph.Inputs) WriteMessage(s, 11, ValueInfo(input));
        foreach (var output in graph.Outputs) WriteMessage(s, 12, ValueInfo(output));
    });

    private static byte[] Node(OnnxNode node) => Message(s =>
    {
        foreach (var input in node.Inputs) WriteString(s, 1, input);
        foreach (var output in node.Outputs) WriteString(s, 2, output);
        WriteString(s, 3, node.Name);
        WriteString(s, 4, node.OpType);
        foreach (var attribute in node.Attributes) WriteMessage(s, 5, Attribute(attribute));
    });

    private static byte[] Attribute(OnnxAttribute a) => Message(s =>
    {
        WriteString(s, 1, a.Name);
        switch (a.Type)
        {
            case OnnxAttribute.Kind.Float: s.WriteTag(2, WireFormat.WireType.Fixed32); s.WriteFloat(a.FloatValue); break;
            case OnnxAttribute.Kind.Int: s.WriteTag(3, WireFormat.WireType.Varint); s.WriteInt64(a.IntValue); break;
            case OnnxAttribute.Kind.String: s.WriteTag(4, WireFormat.WireType.LengthDelimited); s.WriteBytes(ByteString.CopyFromUtf8(a.StringValue!)); break;
            case OnnxAttribute.Kind.Tensor: WriteMessage(s, 5, Tensor(a.TensorValue!, null)); break;
            case OnnxAttribute.Kind.Floats:
                foreach (var f in a.FloatValues) { s.WriteTag(7, WireFormat.WireType.Fixed32); s.WriteFloat(f); }
                break;
            case OnnxAttribute.Kind.Ints:
                foreach (var i in a.IntValues) { s.WriteTag(8, WireFormat.WireType.Varint); s.WriteInt64(i); }
                break;
        }
        s.WriteTag(20, WireFormat.WireType.Varint); s.WriteInt32((int)a.Type);
    });

    private static byte[] Tensor(OnnxTensor t, ExternalData? external) => Message(s =>
    {
        foreach (var d in t.Dims) { s.WriteTag(1, WireFormat.WireType.Varint); s.WriteInt64(d); }
        s.WriteTag(2, WireFormat.WireType.Varint); s.WriteInt32((int)t.DataType);
        WriteString(s, 8, t.Name);
        if (external is not null && t.RawData.Length >= external.Threshold)
        {
            long offset = external.Append(t.RawData);
            WriteMessage(s, 13, Entry("location", external.FileName));
            WriteMessage(s, 13, Entry("offset", offset.ToString()));
            WriteMessage(s, 13, Entry("length", t.RawData.Length.ToString()));
            s.WriteTag(14, WireFormat.WireType.Varint); s.WriteInt32(1); // DataLocation.EXTERNAL
        }
        else
        {
            s.WriteTag(9, WireFormat.WireType.LengthDelimited); s.WriteBytes(ByteString.CopyFrom(t.RawData));
        }
    });

    private static byte[] Entry(string key, string value) => Message(s => { WriteString(s, 1, key); WriteString(s, 2, value); });

    private static byte[] ValueInfo(OnnxValueInfo v) => Message(s =>
    {
        WriteString(s, 1, v.Name);
        var shape = Message(sh =>
        {
            foreach (var dim in v.Shape)
                WriteMessage(sh, 1, Message(d =>
                {
                    if (dim.Symbol is { } symbol) WriteString(d, 2, symbol);
                    else { d.WriteTag(1, WireFormat.WireType.Varint); d.WriteInt64(dim.Value ?? 0); }
                }));
        });
        var tensorType = Message(tt => { tt.WriteTag(1, WireFormat.WireType.Varint); tt.WriteInt32((int)v.Type); WriteMessage(tt, 2, shape); });
        WriteMessage(s, 2, Message(type => WriteMessage(type, 1, tensorType)));
    });

    private static void WriteString(CodedOutputStream s, int field, string value)
    {
        s.WriteTag(field, WireFormat.WireType.LengthDelimited);
        s.WriteString(value);
    }

    private static void WriteMessage(CodedOutputStream s, int field, byte[] message)
    {
        s.WriteTag(field, WireFormat.WireType.LengthDelimited);
        s.WriteBytes(ByteString.CopyFrom(message));
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var stream = new CodedOutputStream(buffer, leaveOpen: true)) write(stream);
        return buffer.ToArray();
    }

    private sealed class ExternalData(string fileName, long threshold)
    {
        public string FileName { get; } = fileName;
        public long Threshold { get; } = threshold;
        public MemoryStream Buffer { get; } = new();

        public long Append(byte[] data)
        {
            long offset = Buffer.Length;
            Buffer.Write(data);
            return offset;
        }
    }
}
