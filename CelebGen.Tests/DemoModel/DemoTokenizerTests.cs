using System.Text.Json;
using CelebGen.AvatarData;
using CelebGen.Domain.Diffusion.Tokenization;

namespace CelebGen.Tests.DemoModel;

public class DemoTokenizerTests
{
    private static readonly string Folder = Path.Combine(DemoModelFolder.Path, "tokenizer");
    private static readonly ClipTokenizer Tokenizer = ClipTokenizer.Load(Folder);
    private static readonly Dictionary<string, int> Vocab =
        JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(Path.Combine(Folder, "vocab.json")))!;

    [Fact]
    public void The_pipeline_tokenizer_reads_every_caption_word_as_one_token_of_the_demo_vocabulary()
    {
        foreach (var word in AvatarCaption.Vocabulary)
            Assert.Equal([Vocab[word + "</w>"]], Tokenizer.EncodeWords(word));
    }

    [Fact]
    public void Captions_are_framed_with_clip_bos_and_eos_and_padded_with_eos()
    {
        var caption = AvatarCaption.Describe(AvatarSampler.FromSeed(3));
        var tokens = Tokenizer.Encode(caption);
        int words = caption.Split(' ').Length;
        Assert.Equal(49406, tokens.Ids[0]);
        Assert.Equal(words + 2, tokens.Length);
        Assert.All(tokens.Ids[(words + 1)..], id => Assert.Equal(49407, id));
        Assert.Equal(caption.Split(' ').Select(w => Vocab[w + "</w>"]), tokens.Ids[1..(words + 1)]);
    }

    [Fact]
    public void Words_outside_the_vocabulary_still_encode_as_pieces_instead_of_failing()
    {
        var ids = Tokenizer.EncodeWords("astronaut");
        Assert.True(ids.Count > 1);
        Assert.All(ids, id => Assert.True(id < 49406));
    }
}
