using CelebGen.Onnx;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CelebGen.AvatarTrainer.Nn;

/// <summary>
/// The few layers the demo model is made of. Each runs in TorchSharp for training and writes the same
/// computation as ONNX nodes for export, so the two cannot drift apart.
/// </summary>
internal sealed class Conv(ParamStore p, string name, int cin, int cout, int k, int stride = 1, bool zeroInit = false)
{
    private readonly TorchSharp.Modules.Parameter _w = zeroInit ? p.Zeros($"{name}.w", cout, cin, k, k) : p.Uniform($"{name}.w", [cout, cin, k, k], 1.0 / Math.Sqrt(cin * k * k));
    private readonly TorchSharp.Modules.Parameter _b = p.Zeros($"{name}.b", cout);
    private readonly int _pad = stride == k ? 0 : k / 2;

    public Tensor Forward(Tensor x) => F.conv2d(x, _w, _b, strides: [stride, stride], padding: [_pad, _pad]);

    public string Export(OnnxGraph g, string x) => g.Op("Conv",
        [x, g.Weight(ParamStore.Floats(_w), [cout, cin, k, k]), g.Weight(ParamStore.Floats(_b), [cout])],
        OnnxAttribute.Ints("kernel_shape", k, k), OnnxAttribute.Ints("strides", stride, stride),
        OnnxAttribute.Ints("pads", _pad, _pad, _pad, _pad));
}

/// <summary>y = x·W + b over the last axis.</summary>
internal sealed class Linear(ParamStore p, string name, int cin, int cout, bool bias = true, bool zeroInit = false)
{
    private readonly TorchSharp.Modules.Parameter _w = zeroInit ? p.Zeros($"{name}.w", cin, cout) : p.Uniform($"{name}.w", [cin, cout], 1.0 / Math.Sqrt(cin));
    private readonly TorchSharp.Modules.Parameter? _b = bias ? p.Zeros($"{name}.b", cout) : null;

    public Tensor Forward(Tensor x) => _b is null ? matmul(x, _w) : matmul(x, _w) + _b;

    public string Export(OnnxGraph g, string x)
    {
        var y = g.Op("MatMul", x, g.Weight(ParamStore.Floats(_w), [cin, cout]));
        return _b is null ? y : g.Op("Add", y, g.Weight(ParamStore.Floats(_b), [cout]));
    }
}

/// <summary>GroupNorm; exported as Reshape → InstanceNormalization → Reshape → affine (GroupNormalization needs opset 18+).</summary>
internal sealed class GroupNorm(ParamStore p, string name, int groups, int channels)
{
    private const float Eps = 1e-5f;
    private readonly TorchSharp.Modules.Parameter _g = p.Ones($"{name}.g", channels);
    private readonly TorchSharp.Modules.Parameter _b = p.Zeros($"{name}.b", channels);

    public Tensor Forward(Tensor x) => F.group_norm(x, groups, _g, _b, Eps);

    public string Export(OnnxGraph g, string x)
    {
        var shape = g.Op("Shape", x);
        var grouped = g.Op("Reshape", x, g.Int64s(0, groups, -1));
        var norm = g.Op("InstanceNormalization", [grouped, g.Weight(Enumerable.Repeat(1f, groups).ToArray(), [groups]),
            g.Weight(new float[groups], [groups])], OnnxAttribute.Float("epsilon", Eps));
        var back = g.Op("Reshape", norm, shape);
        var scaled = g.Op("Mul", back, g.Weight(ParamStore.Floats(_g), [channels, 1, 1]));
        return g.Op("Add", scaled, g.Weight(ParamStore.Floats(_b), [channels, 1, 1]));
    }
}

/// <summary>LayerNorm over the last axis (ONNX LayerNormalization, opset 17).</summary>
internal sealed class LayerNorm(ParamStore p, string name, int dim)
{
    private const float Eps = 1e-5f;
    private readonly TorchSharp.Modules.Parameter _g = p.Ones($"{name}.g", dim);
    private readonly TorchSharp.Modules.Parameter _b = p.Zeros($"{name}.b", dim);

    public Tensor Forward(Tensor x) => F.layer_norm(x, [dim], _g, _b, Eps);

    public string Export(OnnxGraph g, string x) => g.Op("LayerNormalization",
        [x, g.Weight(ParamStore.Floats(_g), [dim]), g.Weight(ParamStore.Floats(_b), [dim])],
        OnnxAttribute.Int("axis", -1), OnnxAttribute.Float("epsilon", Eps));
}

internal static class Act
{
    public static Tensor Silu(Tensor x) => F.silu(x);
    public static string Silu(OnnxGraph g, string x) => g.Op("Mul", x, g.Op("Sigmoid", x));

    public static Tensor Up2(Tensor x) => F.interpolate(x, scale_factor: [2.0, 2.0], mode: InterpolationMode.Nearest);

    public static string Up2(OnnxGraph g, string x) => g.Op("Resize",
        [x, "", g.Floats(1f, 1f, 2f, 2f)],
        OnnxAttribute.String("mode", "nearest"), OnnxAttribute.String("coordinate_transformation_mode", "asymmetric"),
        OnnxAttribute.String("nearest_mode", "floor"));
}
