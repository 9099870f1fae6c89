namespace CelebGen.AvatarTrainer.Tokenizer;

/// <summary>CLIP's byte-to-unicode table (openai/CLIP simple_tokenizer.bytes_to_unicode), so the vocabulary reads like CLIP's.</summary>
internal static class ClipBytes
{
    public static readonly IReadOnlyList<char> Table = Build();

    private static char[] Build()
    {
        var bs = new List<int>();
        for (int b = '!'; b <= '~'; b++) bs.Add(b);
        for (int b = 0xA1; b <= 0xAC; b++) bs.Add(b);
        for (int b = 0xAE; b <= 0xFF; b++) bs.Add(b);
        var cs = new List<int>(bs);
        int n = 0;
        for (int b = 0; b < 256; b++)
        {
            if (bs.Contains(b)) continue;
            bs.Add(b);
            cs.Add(256 + n++);
        }
        var table = new char[256];
        for (int i = 0; i < bs.Count; i++) table[bs[i]] = (char)cs[i];
        return table;
    }

    /// <summary>The 256 byte symbols in CLIP's vocabulary order (bytes_to_unicode's value order).</summary>
    public static IEnumerable<string> Symbols()
    {
        var order = new List<int>();
        for (int b = '!'; b <= '~'; b++) order.Add(b);
        for (int b = 0xA1; b <= 0xAC; b++) order.Add(b);
        for (int b = 0xAE; b <= 0xFF; b++) order.Add(b);
        for (int b = 0; b < 256; b++) if (!order.Contains(b)) order.Add(b);
        return order.Select(b => Table[b].ToString());
    }
}
