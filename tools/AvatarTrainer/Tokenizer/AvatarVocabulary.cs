using System.Text;
using System.Text.Json;
using CelebGen.AvatarData;

namespace CelebGen.AvatarTrainer.Tokenizer;

/// <summary>
/// The demo model's CLIP-style BPE vocabulary: CLIP's 512 byte symbols (plain and with the &lt;/w&gt;
/// end-of-word mark), then merges that build every caption word into one token, and CLIP's special ids
/// (BOS 49406, EOS 49407, which also pads). Any other word still encodes, as smaller pieces.
/// The text encoder maps ids to rows of its embedding table with <see cref="Row"/>.
/// </summary>
internal sealed class AvatarVocabulary
{
    public const int Bos = 49406, Eos = 49407, Length = 77;
    public const string BosToken = "<|startoftext|>", EosToken = "<|endoftext|>";

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<(string A, string B)> _merges = [];
    private readonly Dictionary<(string, string), int> _ranks = [];

    public AvatarVocabulary(IEnumerable<string> words)
    {
        foreach (var s in ClipBytes.Symbols()) _ids[s] = _ids.Count;
        foreach (var s in ClipBytes.Symbols()) _ids[s + "</w>"] = _ids.Count;
        // Adding each word's merges after the earlier words' keeps the earlier words single tokens:
        // BPE always applies the lowest-ranked pair first, so later (higher) ranks only act after them.
        foreach (var word in words)
        {
            var parts = Bpe(word);
            while (parts.Count > 1)
            {
                var merged = parts[0] + parts[1];
                _ranks[(parts[0], parts[1])] = _merges.Count;
                _merges.Add((parts[0], parts[1]));
                _ids.TryAdd(merged, _ids.Count);
                parts = [merged, .. parts.Skip(2)];
            }
        }
    }

    public static AvatarVocabulary ForCaptions() => new(AvatarCaption.Vocabulary);

    /// <summary>Embedding rows: every id below <see cref="Size"/>, then BOS, then EOS.</summary>
    public int Size => _ids.Count;
    public int Rows => Size + 2;
    public int Row(int id) => id >= Bos ? id - Bos + Size : id;

    /// <summary>Tokenises like CLIP: lower-case, words split on whitespace, BOS … EOS, padded with EOS to 77.</summary>
    public int[] Encode(string text)
    {
        var ids = new List<int> { Bos };
        foreach (var word in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            ids.AddRange(Bpe(word).Select(t => _ids[t]));
        if (ids.Count > Length - 1) ids.RemoveRange(Length - 1, ids.Count - (Length - 1));
        while (ids.Count < Length) ids.Add(Eos);
        return [.. ids];
    }

    private List<string> Bpe(string word)
    {
        var bytes = Encoding.UTF8.GetBytes(word);
        var parts = bytes.Select(b => ClipBytes.Table[b].ToString()).ToList();
        parts[^1] += "</w>";
        while (parts.Count > 1)
        {
            int best = -1, bestRank = int.MaxValue;
            for (int i = 0; i + 1 < parts.Count; i++)
                if (_ranks.TryGetValue((parts[i], parts[i + 1]), out var r) && r < bestRank) (best, bestRank) = (i, r);
            if (best < 0) break;
            parts[best] += parts[best + 1];
            parts.RemoveAt(best + 1);
        }
        return parts;
    }

    /// <summary>Writes the Hugging Face CLIP tokenizer files the pipeline reads.</summary>
    public void WriteFiles(string dir)
    {
        Directory.CreateDirectory(dir);
        var vocab = new Dictionary<string, int>(_ids) { [BosToken] = Bos, [EosToken] = Eos };
        File.WriteAllText(Path.Combine(dir, "vocab.json"), JsonSerializer.Serialize(vocab, Plain));
        File.WriteAllLines(Path.Combine(dir, "merges.txt"), new[] { "#version: 0.2" }.Concat(_merges.Select(m => $"{m.A} {m.B}")));
        var special = new { bos_token = BosToken, eos_token = EosToken, pad_token = EosToken, unk_token = EosToken };
        File.WriteAllText(Path.Combine(dir, "special_tokens_map.json"), JsonSerializer.Serialize(special, Indented));
        var config = new
        {
            tokenizer_class = "CLIPTokenizer", model_max_length = Length, do_lower_case = true,
            bos_token = BosToken, eos_token = EosToken, pad_token = EosToken, unk_token = EosToken,
        };
        File.WriteAllText(Path.Combine(dir, "tokenizer_config.json"), JsonSerializer.Serialize(config, Indented));
    }

    private static readonly JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Plain) { WriteIndented = true };
}
