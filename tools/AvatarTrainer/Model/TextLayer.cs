using CelebGen.AvatarTrainer.Nn;
using CelebGen.Onnx;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>
/// One pre-LayerNorm transformer block of the text encoder: self-attention over the 77 tokens, then an MLP,
/// each added back. Both output projections start at zero, so a block added to a trained encoder starts as
/// the identity and fine-tuning begins from the trained model's behaviour.
/// </summary>
internal sealed class TextLayer
{
    private readonly LayerNorm _n1, _n2;
    private readonly Attention _attn;
    private readonly Linear _fc1, _fc2;

    public TextLayer(ParamStore p, string name, int hidden)
    {
        _n1 = new LayerNorm(p, $"{name}.n1", hidden);
        _attn = new Attention(p, $"{name}.attn", hidden, hidden, hidden, 4);
        _n2 = new LayerNorm(p, $"{name}.n2", hidden);
        _fc1 = new Linear(p, $"{name}.fc1", hidden, hidden * 2);
        _fc2 = new Linear(p, $"{name}.fc2", hidden * 2, hidden, zeroInit: true);
    }

    public Tensor Forward(Tensor x)
    {
        var h = _n1.Forward(x);
        x = x + _attn.Forward(h, h);
        return x + _fc2.Forward(Act.Silu(_fc1.Forward(_n2.Forward(x))));
    }

    public string Export(OnnxGraph g, string x)
    {
        var h = _n1.Export(g, x);
        x = g.Op("Add", x, _attn.Export(g, h, h));
        return g.Op("Add", x, _fc2.Export(g, Act.Silu(g, _fc1.Export(g, _n2.Export(g, x)))));
    }
}
