namespace CelebGen.Onnx;

/// <summary>
/// Builds one ONNX graph: declare inputs, add initializers and nodes, declare outputs, then
/// <see cref="OnnxModelWriter.Save"/> it. Names are ONNX value names; <see cref="Op"/> invents fresh ones.
/// </summary>
/// <example>
/// <code>
/// var g = new OnnxGraph("scale");
/// g.Input("x", OnnxDataType.Float, "batch", 4);
/// var y = g.Op("Mul", "x", g.Constant(OnnxTensor.Float("k", [2f])));
/// g.Output(y, "y", OnnxDataType.Float, "batch", 4);
/// OnnxModelWriter.Save(g, "model.onnx");
/// </code>
/// </example>
public sealed class OnnxGraph(string name)
{
    private readonly List<OnnxValueInfo> _inputs = [];
    private readonly List<OnnxValueInfo> _outputs = [];
    private readonly List<OnnxTensor> _initializers = [];
    private readonly List<OnnxNode> _nodes = [];
    private int _counter;

    public string Name { get; } = name;
    public IReadOnlyList<OnnxValueInfo> Inputs => _inputs;
    public IReadOnlyList<OnnxValueInfo> Outputs => _outputs;
    public IReadOnlyList<OnnxTensor> Initializers => _initializers;
    public IReadOnlyList<OnnxNode> Nodes => _nodes;

    /// <summary>Opset of the default ONNX domain; 17 runs on every ONNX Runtime from 1.13 on.</summary>
    public int Opset { get; set; } = 17;

    /// <summary>Declares a graph input; returns its name for use in nodes.</summary>
    public string Input(string inputName, OnnxDataType type, params OnnxDim[] shape)
    {
        _inputs.Add(new OnnxValueInfo(inputName, type, shape));
        return inputName;
    }

    /// <summary>Adds a weight (initializer); returns its name.</summary>
    public string Initializer(OnnxTensor tensor)
    {
        _initializers.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a weight with a generated name from float data (fp16 when <paramref name="type"/> says so).</summary>
    public string Weight(float[] values, long[] dims, OnnxDataType type = OnnxDataType.Float) =>
        Initializer(type == OnnxDataType.Float16
            ? OnnxTensor.Float16(Fresh("w"), values, dims)
            : OnnxTensor.Float(Fresh("w"), values, dims));

    /// <summary>Adds a <c>Constant</c> node holding <paramref name="value"/>; returns the output name.</summary>
    public string Constant(OnnxTensor value) => Op("Constant", [], OnnxAttribute.Tensor("value", value));

    /// <summary>Adds a node with explicit output names.</summary>
    public void Node(string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, params OnnxAttribute[] attributes) =>
        _nodes.Add(new OnnxNode(opType, inputs, outputs, attributes, Fresh(opType)));

    /// <summary>Adds a single-output node and returns the generated output name.</summary>
    public string Op(string opType, IReadOnlyList<string> inputs, params OnnxAttribute[] attributes)
    {
        var output = Fresh(opType.ToLowerInvariant());
        Node(opType, inputs, [output], attributes);
        return output;
    }

    /// <summary>Shorthand for attribute-free single-output nodes: <c>g.Op("Add", a, b)</c>.</summary>
    public string Op(string opType, params string[] inputs) => Op(opType, (IReadOnlyList<string>)inputs);

    /// <summary>Declares a graph output; routes <paramref name="value"/> through Identity when the names differ.</summary>
    public void Output(string value, string outputName, OnnxDataType type, params OnnxDim[] shape)
    {
        if (value != outputName) Node("Identity", [value], [outputName]);
        _outputs.Add(new OnnxValueInfo(outputName, type, shape));
    }

    private string Fresh(string prefix) => $"{prefix}_{_counter++}";
}

/// <summary>A typed graph input or output.</summary>
public sealed record OnnxValueInfo(string Name, OnnxDataType Type, IReadOnlyList<OnnxDim> Shape);

/// <summary>One operator call in the graph.</summary>
public sealed record OnnxNode(string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs,
    IReadOnlyList<OnnxAttribute> Attributes, string Name);
