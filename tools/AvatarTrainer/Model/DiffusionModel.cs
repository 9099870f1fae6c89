using CelebGen.AvatarTrainer.Nn;
using CelebGen.AvatarTrainer.Tokenizer;

namespace CelebGen.AvatarTrainer.Model;

/// <summary>The trained-together part: text encoder and UNet, in one parameter store and one checkpoint.</summary>
internal sealed class DiffusionModel
{
    public DiffusionModel(int seed)
    {
        Params = new ParamStore("dm", seed);
        Vocabulary = AvatarVocabulary.ForCaptions();
        Text = new TextEncoder(Params, Vocabulary);
        UNet = new UNet(Params, TextEncoder.Hidden);
    }

    public ParamStore Params { get; }
    public AvatarVocabulary Vocabulary { get; }
    public TextEncoder Text { get; }
    public UNet UNet { get; }
}
