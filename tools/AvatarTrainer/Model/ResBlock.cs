using CelebGen.AvatarTrainer.Nn;
using CelebGen.Onnx;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>
/// (GroupNorm →) SiLU → conv (+ time embedding) → (GroupNorm →) SiLU → conv, plus a skip (1×1 conv when the
/// width changes). The second conv starts at zero so that a fresh block is the identity.
/// </summary>
internal sealed class ResBlock
{
    private readonly GroupNorm? _n1, _n2;
    private readonly Conv _c1, _c2;
    private readonly Conv? _skip;
    private readonly Linear? _t;

    public ResBlock(ParamStore p, string name, int cin, int cout, int timeDim, bool norm = true)
    {
        if (norm)
        {
            _n1 = new GroupNorm(p, $"{name}.n1", 8, cin);
            _n2 = new GroupNorm(p, $"{name}.n2", 8, cout);
        }
        _c1 = new Conv(p, $"{name}.c1", cin, cout, 3);
        if (timeDim > 0) _t = new Linear(p, $"{name}.t", timeDim, cout);
        _c2 = new Conv(p, $"{name}.c2", cout, cout, 3, zeroInit: true);
        if (cin != cout) _skip = new Conv(p, $"{name}.skip", cin, cout, 1);
    }

    /// <param name="temb">[T, timeDim] with T = 1 or the batch size, already passed through SiLU.</param>
    public Tensor Forward(Tensor x, Tensor? temb)
    {
        var h = _c1.Forward(Act.Silu(_n1?.Forward(x) ?? x));
        if (_t is not null && temb is not null) h = h + _t.Forward(temb).unsqueeze(-1).unsqueeze(-1);
        h = _c2.Forward(Act.Silu(_n2?.Forward(h) ?? h));
        return (_skip?.Forward(x) ?? x) + h;
    }

    public string Export(OnnxGraph g, string x, string? temb)
    {
        var h = _c1.Export(g, Act.Silu(g, _n1?.Export(g, x) ?? x));
        if (_t is not null && temb is not null)
            h = g.Op("Add", h, g.Op("Unsqueeze", _t.Export(g, temb), g.Int64s(-1, -2)));
        h = _c2.Export(g, Act.Silu(g, _n2?.Export(g, h) ?? h));
        return g.Op("Add", _skip?.Export(g, x) ?? x, h);
    }
}
