using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Blind decoder: needs only the suspect image. It tries a small set of crop/scale hypotheses, folds the
/// tiles, searches the tile offset, ranks every candidate by how well the repeated copies of each bit agree,
/// and accepts a candidate only when its CRC-24 checks. Unmarked images therefore read as "none found".
/// </summary>
public sealed class InvisibleWatermarkDecoder
{
    /// <summary>Coarse winners that are refined and CRC-checked when no early exit happened.</summary>
    private const int FinalCandidates = 3;

    /// <summary>
    /// Agreement above which a candidate counts as synchronised and may be soft-decoded. Unmarked images peak
    /// around 0.4-0.55 (see docs/watermark.md); marked ones sit near 0.9, cropped ones near 0.6.
    /// </summary>
    private const double SoftDecodeScore = 0.58;

    private const int SoftDecodeFlips = 8;

    public WatermarkReading Read(SKBitmap image)
    {
        var luma = LumaPlane.FromBitmap(image);
        var grid = PlaneResampler.Resize(luma, WorkingSize, WorkingSize);
        var coarse = new List<Candidate>();
        foreach (var hypothesis in ScaleHypotheses.For(image.Width, image.Height))
        {
            var candidate = BestOffset(grid, hypothesis);
            if (WatermarkPayload.TryDecode(candidate.Bits, out var early))
                return WatermarkReading.Found(early, candidate.Score, candidate.Bits);
            if (candidate.Score >= SoftDecodeScore && TryRefined(grid, candidate) is { } strong) return strong;
            coarse.Add(candidate);
        }
        coarse.Sort((a, b) => b.Score.CompareTo(a.Score));
        foreach (var candidate in coarse.Take(FinalCandidates))
            if (candidate.Score < SoftDecodeScore && TryRefined(grid, candidate) is { } found) return found;
        return WatermarkReading.NotFound(coarse[0].Score, coarse[0].Bits);
    }

    /// <summary>Refines a candidate; accepts it on a clean CRC, or after soft decoding when it is clearly in sync.</summary>
    private static WatermarkReading? TryRefined(LumaPlane grid, Candidate candidate)
    {
        var refined = Refine(grid, candidate);
        if (WatermarkPayload.TryDecode(refined.Bits, out var reference)
            || (refined.Score >= SoftDecodeScore && WatermarkPayload.TryDecodeSoft(refined.Soft, SoftDecodeFlips, out reference)))
            return WatermarkReading.Found(reference, refined.Score, refined.Bits);
        return null;
    }

    /// <summary>Hill-climbs from a coarse winner: sub-pixel shift first, then a finer scale.</summary>
    private static Candidate Refine(LumaPlane grid, Candidate candidate)
    {
        foreach (var shifts in new[] { true, false })
        {
            var start = candidate.Hypothesis;
            foreach (var neighbour in ScaleHypotheses.Refinements(start, shifts))
            {
                var next = BestOffset(grid, neighbour);
                if (next.Score > candidate.Score) candidate = next;
            }
        }
        return candidate;
    }

    private static Candidate BestOffset(LumaPlane grid, Hypothesis hypothesis)
    {
        var aligned = FoldedTile.AlignedCoefficients(FoldedTile.Fold(grid, hypothesis));
        double bestScore = double.MinValue;
        float[]? bestCoefficients = null;
        int[]? bestMap = null;
        foreach (var coefficients in aligned)
            foreach (var map in SourceSlot)
            {
                double score = Agreement(coefficients, map);
                if (score > bestScore) (bestScore, bestCoefficients, bestMap) = (score, coefficients, map);
            }
        var soft = new double[WatermarkPayload.Bits];
        for (int bit = 0; bit < soft.Length; bit++)
        {
            var (a, b) = BitSlots[bit];
            soft[bit] = SlotSign[a] * bestCoefficients![bestMap![a]] + SlotSign[b] * bestCoefficients[bestMap[b]];
        }
        return new Candidate(bestScore, soft, hypothesis);
    }

    /// <summary>
    /// Each bit appears twice per tile; the score is the normalised product of the two signed copies,
    /// about 0 for an unmarked image or a wrong offset and near 1 when the mark is there and aligned.
    /// </summary>
    private static double Agreement(float[] coefficients, int[] map)
    {
        double product = 0, energy = 0;
        foreach (var (a, b) in BitSlots)
        {
            double x = SlotSign[a] * coefficients[map[a]], y = SlotSign[b] * coefficients[map[b]];
            product += x * y;
            energy += x * x + y * y;
        }
        return energy <= 0 ? 0 : 2 * product / energy;
    }

    private sealed record Candidate(double Score, double[] Soft, Hypothesis Hypothesis)
    {
        public bool[] Bits { get; } = Soft.Select(v => v > 0).ToArray();
    }
}
/// <summary>What the decoder found. <see cref="Bits"/> are the raw payload bits of the best candidate.</summary>
public sealed record WatermarkReading(ImageReference? Reference, double Score, IReadOnlyList<bool> Bits)
{
    public bool IsFound => Reference is not null;

    /// <summary>Share of payload bits that match <paramref name="expected"/>'s; useful for measuring damage.</summary>
    public double BitAccuracyAgainst(ImageReference expected)
    {
        var wanted = WatermarkPayload.Encode(expected);
        return Bits.Count == wanted.Length ? wanted.Where((bit, i) => bit == Bits[i]).Count() / (double)wanted.Length : 0;
    }

    internal static WatermarkReading Found(ImageReference reference, double score, bool[] bits) => new(reference, score, bits);
    internal static WatermarkReading NotFound(double score, bool[] bits) => new(null, score, bits);
}
