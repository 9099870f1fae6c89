using CelebGen.AvatarTrainer.Nn;
using CelebGen.AvatarTrainer.Tokenizer;
using CelebGen.Onnx;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>
/// A two-layer transformer over the 77 CLIP-style token ids: embedding + position, two blocks of
/// self-attention (so that a colour word binds to the noun beside it) and MLP, final LayerNorm →
/// last_hidden_state [B, 77, Hidden]. The first shipped model had one block; with one, short prompts often
/// gave the hair the background's colour, so a second block was added (starting as the identity).
/// CLIP's BOS/EOS ids (49406/49407) are mapped to the last two embedding rows inside the graph.
/// </summary>
internal sealed class TextEncoder
{
    public const int Hidden = 64;
    private readonly AvatarVocabulary _vocab;
    private readonly TorchSharp.Modules.Parameter _tok, _pos;
    private readonly TextLayer[] _layers;
    private readonly LayerNorm _nOut;

    public TextEncoder(ParamStore p, AvatarVocabulary vocab)
    {
        _vocab = vocab;
        _tok = p.Normal("text.tok", [vocab.Rows, Hidden], 0.3);
        _pos = p.Normal("text.pos", [AvatarVocabulary.Length, Hidden], 0.1);
        // The first block keeps the one-block model's parameter names, so its checkpoints load into this one.
        _layers = [new TextLayer(p, "text", Hidden), new TextLayer(p, "text.l2", Hidden)];
        _nOut = new LayerNorm(p, "text.out", Hidden);
    }

    /// <summary>Token ids (CLIP numbering) for a batch of captions, as embedding rows.</summary>
    public Tensor Rows(IEnumerable<string> captions)
    {
        var rows = captions.SelectMany(c => _vocab.Encode(c).Select(_vocab.Row)).Select(r => (long)r).ToArray();
        return tensor(rows, [rows.Length / AvatarVocabulary.Length, AvatarVocabulary.Length]);
    }

    public Tensor Forward(Tensor rows)
    {
        var x = _tok.index_select(0, rows.flatten()).view(rows.shape[0], AvatarVocabulary.Length, Hidden) + _pos;
        foreach (var layer in _layers) x = layer.Forward(x);
        return _nOut.Forward(x);
    }

    /// <param name="ids">int32 [B, 77] as CLIP numbers them.</param>
    public string Export(OnnxGraph g, string ids)
    {
        var ids64 = g.Op("Cast", [ids], OnnxAttribute.Int("to", (long)OnnxDataType.Int64));
        var special = g.Op("Cast", [g.Op("GreaterOrEqual", ids64, g.Int64s(AvatarVocabulary.Bos))], OnnxAttribute.Int("to", (long)OnnxDataType.Int64));
        var rows = g.Op("Sub", ids64, g.Op("Mul", special, g.Int64s(AvatarVocabulary.Bos - _vocab.Size)));
        var x = g.Op("Gather", g.Weight(ParamStore.Floats(_tok), [_vocab.Rows, Hidden]), rows);
        x = g.Op("Add", x, g.Weight(ParamStore.Floats(_pos), [AvatarVocabulary.Length, Hidden]));
        foreach (var layer in _layers) x = layer.Export(g, x);
        return _nOut.Export(g, x);
    }
}
