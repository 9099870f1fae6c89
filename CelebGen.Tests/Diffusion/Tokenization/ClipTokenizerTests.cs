using CelebGen.Domain.Diffusion.Tokenization;

namespace CelebGen.Tests.Diffusion.Tokenization;

public class ClipTokenizerTests
{
    // The real CLIP vocabulary (openai/clip-vit-large-patch14, SD 1.5's tokenizer/): see ClipTokenizer/LICENSE.md.
    internal static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Diffusion", "ClipTokenizer");
    private static readonly Lazy<ClipTokenizer> Shared = new(() => ClipTokenizer.Load(Folder));

    [Fact]
    public void The_astronaut_prompt_gives_the_token_ids_of_transformers_clip_tokenizer()
    {
        // Pinned in issue 3; equal to CLIPTokenizer.from_pretrained("openai/clip-vit-large-patch14")("a photo of an astronaut riding a horse on mars").
        var prompt = Shared.Value.Encode("a photo of an astronaut riding a horse on mars");

        Assert.Equal([49406, 320, 1125, 539, 550, 18376, 6765, 320, 4558, 525, 7496, 49407], prompt.Ids.Take(prompt.Length));
        Assert.False(prompt.Truncated);
    }

    [Fact]
    public void Case_and_extra_whitespace_do_not_change_the_ids()
    {
        var plain = Shared.Value.Encode("a photo of an astronaut");
        var shouty = Shared.Value.Encode("  A   PHOTO of\tan Astronaut ");

        Assert.Equal(plain.Ids, shouty.Ids);
    }

    [Fact]
    public void Words_outside_the_vocabulary_split_into_sub_words_that_spell_the_word_and_its_end_suffix()
    {
        var vocab = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(Path.Combine(Folder, "vocab.json")))!
            .ToDictionary(p => p.Value, p => p.Key);

        var ids = Shared.Value.EncodeWords("celebgenify");

        Assert.True(ids.Count >= 2);
        Assert.Equal("celebgenify</w>", string.Concat(ids.Select(id => vocab[id])));
    }

    [Fact]
    public void Prompts_are_padded_to_77_tokens_with_the_end_token_when_the_config_names_no_pad_token()
    {
        var prompt = Shared.Value.Encode("portrait");

        Assert.Equal(77, prompt.Ids.Length);
        Assert.Equal(3, prompt.Length);
        Assert.All(prompt.Ids.Skip(2), id => Assert.Equal(49407, id));
    }

    [Fact]
    public void A_pad_token_from_special_tokens_map_is_used_as_sd2_does()
    {
        var folder = Directory.CreateTempSubdirectory("clip-tok-").FullName;
        foreach (var file in new[] { "vocab.json", "merges.txt" }) File.Copy(Path.Combine(Folder, file), Path.Combine(folder, file));
        File.WriteAllText(Path.Combine(folder, "special_tokens_map.json"), """{"pad_token": "!"}""");

        var prompt = ClipTokenizer.Load(folder).Encode("portrait");

        Assert.Equal(0, prompt.Ids[^1]); // "!" is id 0 in CLIP's vocabulary
        Assert.Equal(49407, prompt.Ids[2]);
    }

    [Fact]
    public void Prompts_longer_than_75_tokens_are_truncated_and_say_how_many_tokens_were_dropped()
    {
        var prompt = Shared.Value.Encode(string.Join(' ', Enumerable.Repeat("horse", 80)));

        Assert.True(prompt.Truncated);
        Assert.Equal(5, prompt.DroppedTokens);
        Assert.Equal(49406, prompt.Ids[0]);
        Assert.Equal(49407, prompt.Ids[76]);
        Assert.All(prompt.Ids[1..76], id => Assert.Equal(4558, id));
    }
}
