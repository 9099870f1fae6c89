using CelebGen.Onnx;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace CelebGen.AvatarTrainer.Nn;

/// <summary>Multi-head attention of queries [B, N, C] over a context [B, M, Cctx]; the output projection starts at zero.</summary>
internal sealed class Attention
{
    private readonly Linear _q, _k, _v, _o;
    private readonly int _heads, _headDim;

    public Attention(ParamStore p, string name, int channels, int contextDim, int dim, int heads)
    {
        (_heads, _headDim) = (heads, dim / heads);
        _q = new Linear(p, $"{name}.q", channels, dim, bias: false);
        _k = new Linear(p, $"{name}.k", contextDim, dim, bias: false);
        _v = new Linear(p, $"{name}.v", contextDim, dim, bias: false);
        _o = new Linear(p, $"{name}.o", dim, channels, zeroInit: true);
    }

    public Tensor Forward(Tensor x, Tensor context)
    {
        Tensor Split(Tensor t) => t.view(t.shape[0], t.shape[1], _heads, _headDim).transpose(1, 2);
        var q = Split(_q.Forward(x));
        var k = Split(_k.Forward(context));
        var v = Split(_v.Forward(context));
        var w = F.softmax(matmul(q, k.transpose(-1, -2)) * (1.0 / Math.Sqrt(_headDim)), -1);
        var o = matmul(w, v).transpose(1, 2).reshape(x.shape[0], x.shape[1], _heads * _headDim);
        return _o.Forward(o);
    }

    public string Export(OnnxGraph g, string x, string context)
    {
        string Split(string t) => g.Op("Transpose", [g.Op("Reshape", t, g.Int64s(0, 0, _heads, _headDim))], OnnxAttribute.Ints("perm", 0, 2, 1, 3));
        var q = Split(_q.Export(g, x));
        var k = Split(_k.Export(g, context));
        var v = Split(_v.Export(g, context));
        var kt = g.Op("Transpose", [k], OnnxAttribute.Ints("perm", 0, 1, 3, 2));
        var scores = g.Op("Mul", g.Op("MatMul", q, kt), g.Scalar((float)(1.0 / Math.Sqrt(_headDim))));
        var w = g.Op("Softmax", [scores], OnnxAttribute.Int("axis", -1));
        var o = g.Op("Transpose", [g.Op("MatMul", w, v)], OnnxAttribute.Ints("perm", 0, 2, 1, 3));
        return _o.Export(g, g.Op("Reshape", o, g.Int64s(0, 0, _heads * _headDim)));
    }
}

/// <summary>Cross-attention over a feature map: GroupNorm, flatten to tokens, attend to the text, add back.</summary>
internal sealed class SpatialCrossAttention(ParamStore p, string name, int channels, int contextDim, int heads = 4)
{
    private readonly GroupNorm _norm = new(p, $"{name}.norm", 8, channels);
    private readonly Attention _attn = new(p, $"{name}.attn", channels, contextDim, channels, heads);

    public Tensor Forward(Tensor x, Tensor context)
    {
        var (b, c, h, w) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
        var tokens = _norm.Forward(x).view(b, c, h * w).transpose(1, 2);
        var o = _attn.Forward(tokens, context).transpose(1, 2).reshape(b, c, h, w);
        return x + o;
    }

    public string Export(OnnxGraph g, string x, string context)
    {
        var shape = g.Op("Shape", x);
        var flat = g.Op("Reshape", _norm.Export(g, x), g.Int64s(0, 0, -1));
        var tokens = g.Op("Transpose", [flat], OnnxAttribute.Ints("perm", 0, 2, 1));
        var o = g.Op("Transpose", [_attn.Export(g, tokens, context)], OnnxAttribute.Ints("perm", 0, 2, 1));
        return g.Op("Add", x, g.Op("Reshape", o, shape));
    }
}
