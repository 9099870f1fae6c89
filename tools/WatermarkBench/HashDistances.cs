using CelebGen.Domain.Imaging.Hashing;
using SkiaSharp;

namespace WatermarkBench;

/// <summary>Hamming distances of the perceptual hash: original vs attacked copy, and between unrelated pictures.</summary>
internal static class HashDistances
{
    public static void Run(IReadOnlyList<(string Name, SKBitmap Image)> corpus, TextWriter output)
    {
        var hasher = new PerceptualHasher();
        var random = new Random(77);
        var hashes = corpus.Select(c => hasher.Compute(c.Image)).ToArray();
        output.WriteLine($"Perceptual hash (256-bit) Hamming distance over {corpus.Count} images; match threshold {PerceptualHash.MatchThreshold}");
        output.WriteLine();
        output.WriteLine("| pair | min | median | p95 | p99 | max | share <= threshold |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var attack in Attack.Standard().Where(a => a.Name != "none"))
        {
            var distances = corpus.Select((c, i) =>
            {
                using var attacked = attack.Apply(c.Image, random);
                return hasher.Compute(attacked).DistanceTo(hashes[i]);
            }).ToList();
            output.WriteLine(Row(attack.Name, distances));
        }
        // Unrelated: different source photos only (the 512 and 256 crops of one photo are related).
        var unrelated = new List<int>();
        for (int i = 0; i < corpus.Count; i++)
            for (int j = i + 1; j < corpus.Count; j++)
                if (corpus[i].Name[..3] != corpus[j].Name[..3]) unrelated.Add(hashes[i].DistanceTo(hashes[j]));
        output.WriteLine(Row("unrelated pictures", unrelated));
    }

    private static string Row(string name, List<int> values)
    {
        values.Sort();
        int At(double q) => values[Math.Min(values.Count - 1, (int)(values.Count * q))];
        double share = values.Count(v => v <= PerceptualHash.MatchThreshold) / (double)values.Count;
        return $"| {name} | {values[0]} | {At(0.5)} | {At(0.95)} | {At(0.99)} | {values[^1]} | {share:P1} (n={values.Count}) |";
    }
}
