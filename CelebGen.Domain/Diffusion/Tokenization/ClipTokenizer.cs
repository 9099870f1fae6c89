using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace CelebGen.Domain.Diffusion.Tokenization;

/// <summary>
/// CLIP's tokenizer on Microsoft.ML.Tokenizers' byte-level BPE: whitespace collapsed, lower-cased, split with
/// CLIP's regex, "&lt;/w&gt;" closing each word, framed by BOS 49406 / EOS 49407 and padded to 77 tokens
/// with the pad token of the tokenizer config. Longer prompts are truncated (diffusers' behaviour) and the
/// result says so.
/// </summary>
public sealed partial class ClipTokenizer
{
    public const int MaxLength = 77;
    private const string Bos = "<|startoftext|>", Eos = "<|endoftext|>";
    private readonly BpeTokenizer _bpe;

    private ClipTokenizer(BpeTokenizer bpe, int bosId, int eosId, int padId) =>
        (_bpe, BosId, EosId, PadId) = (bpe, bosId, eosId, padId);

    public int BosId { get; }
    public int EosId { get; }
    public int PadId { get; }

    /// <summary>Loads vocab.json, merges.txt and (optionally) special_tokens_map.json / tokenizer_config.json.</summary>
    public static ClipTokenizer Load(string folder)
    {
        var vocabPath = Path.Combine(folder, "vocab.json");
        var mergesPath = Path.Combine(folder, "merges.txt");
        var vocab = JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(vocabPath))
            ?? throw new InvalidDataException("vocab.json is empty");
        int Id(string token) => vocab.TryGetValue(token, out var id) ? id
            : throw new InvalidDataException($"vocab.json has no entry for '{token}'");
        var special = new Dictionary<string, int> { [Bos] = Id(Bos), [Eos] = Id(Eos) };
        var options = new BpeOptions(vocab)
        {
            Merges = File.ReadLines(mergesPath).Where(l => l.Length > 0 && !l.StartsWith("#version", StringComparison.Ordinal)),
            SpecialTokens = special,
            PreTokenizer = new RegexPreTokenizer(ClipSplit(), special),
            Normalizer = new ClipNormalizer(),
            EndOfWordSuffix = "</w>",
            ByteLevel = true,
        };
        string pad = PadToken(folder) ?? Eos;
        return new ClipTokenizer(BpeTokenizer.Create(options), Id(Bos), Id(Eos), Id(pad));
    }

    /// <summary>The token ids of <paramref name="text"/> without BOS/EOS or padding.</summary>
    public IReadOnlyList<int> EncodeWords(string text) => _bpe.EncodeToIds(text);

    /// <summary>BOS, the prompt's tokens (at most 75), EOS, then padding to 77.</summary>
    public TokenizedPrompt Encode(string text)
    {
        var words = EncodeWords(text);
        bool truncated = words.Count > MaxLength - 2;
        var ids = new int[MaxLength];
        ids[0] = BosId;
        int count = Math.Min(words.Count, MaxLength - 2);
        for (int i = 0; i < count; i++) ids[i + 1] = words[i];
        ids[count + 1] = EosId;
        for (int i = count + 2; i < MaxLength; i++) ids[i] = PadId;
        return new TokenizedPrompt(ids, count + 2, truncated ? words.Count - count : 0);
    }

    private static string? PadToken(string folder)
    {
        foreach (var name in new[] { "special_tokens_map.json", "tokenizer_config.json" })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("pad_token", out var pad)) continue;
            if (pad.ValueKind == JsonValueKind.String) return pad.GetString();
            if (pad.ValueKind == JsonValueKind.Object && pad.TryGetProperty("content", out var content)) return content.GetString();
        }
        return null;
    }

    // CLIP's pattern from simple_tokenizer.py / transformers' CLIPTokenizer (input is lower-cased first).
    [GeneratedRegex(@"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+", RegexOptions.IgnoreCase)]
    private static partial Regex ClipSplit();

    /// <summary>whitespace_clean + lower(), as transformers' CLIPTokenizer does without ftfy.</summary>
    private sealed partial class ClipNormalizer : Normalizer
    {
        public override string Normalize(string original) => Whitespace().Replace(original, " ").Trim().ToLowerInvariant();
        public override string Normalize(ReadOnlySpan<char> original) => Normalize(original.ToString());

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}

/// <summary>77 token ids; <see cref="DroppedTokens"/> &gt; 0 when the prompt was cut to fit.</summary>
public sealed record TokenizedPrompt(int[] Ids, int Length, int DroppedTokens)
{
    public bool Truncated => DroppedTokens > 0;
}
