using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Blind decoder: needs only the suspect image. First it assumes the picture was not cropped (re-encoded,
/// resized or retouched pictures keep the tile origin in the corner), then it searches crop hypotheses: folds
/// the tiles, finds the tile offset by how well the two copies of each coded bit agree, and Viterbi-decodes
/// the best offset. A candidate counts only when its CRC-24 checks, and the number of candidates decoded per
/// image is bounded (<see cref="MaxAttempts"/>), so unmarked images read as "none found".
/// </summary>
public sealed class InvisibleWatermarkDecoder
{
    /// <summary>Coarse winners that are refined (sub-pixel shift, finer scale) and decoded again.</summary>
    private const int FinalCandidates = 3;

    /// <summary>
    /// Upper bound on CRC checks per image: two aligned reads, one per crop hypothesis and grid, and the
    /// refined finalists. Each passes on an unmarked image with probability 2^-24, so at most about 4 in a
    /// million unmarked images could read as marked.
    /// </summary>
    internal static int MaxAttempts(int width, int height) =>
        2 * (1 + ScaleHypotheses.For(width, height).Count()) + FinalCandidates;

    public WatermarkReading Read(SKBitmap image)
    {
        var luma = LumaPlane.FromBitmap(image);
        var grids = WorkingGrid.ForDecoding(image.Width, image.Height).Select(size => PlaneResampler.Resize(luma, size, size)).ToArray();
        Candidate? best = null;
        foreach (var grid in grids)
        {
            var aligned = Aligned(grid);
            if (WatermarkPayload.TryDecode(aligned.Soft, out var reference)) return WatermarkReading.Found(reference, aligned.Score, aligned.Bits);
            best = Better(best, aligned);
        }
        var coarse = new List<(LumaPlane Grid, Candidate Candidate)>();
        foreach (var grid in grids)
            foreach (var hypothesis in ScaleHypotheses.For(image.Width, image.Height))
            {
                var candidate = BestOffset(grid, hypothesis);
                if (WatermarkPayload.TryDecode(candidate.Soft, out var reference)) return WatermarkReading.Found(reference, candidate.Score, candidate.Bits);
                coarse.Add((grid, candidate));
            }
        foreach (var (grid, candidate) in coarse.OrderByDescending(c => c.Candidate.Score).Take(FinalCandidates))
        {
            var refined = Refine(grid, candidate);
            if (WatermarkPayload.TryDecode(refined.Soft, out var reference)) return WatermarkReading.Found(reference, refined.Score, refined.Bits);
            best = Better(best, refined);
        }
        return WatermarkReading.NotFound(best!.Score, best.Bits);
    }

    /// <summary>
    /// Reads the mark on one grid assuming no crop, with no search at all. The encoder uses it to check that
    /// what it made can be read.
    /// </summary>
    internal static bool TryReadAligned(SKBitmap image, int gridSize, out ImageReference reference) =>
        WatermarkPayload.TryDecode(AlignedSoft(image, gridSize), out reference);

    /// <summary>Soft coded bits of the uncropped reading on one grid.</summary>
    internal static double[] AlignedSoft(SKBitmap image, int gridSize) =>
        Aligned(PlaneResampler.Resize(LumaPlane.FromBitmap(image), gridSize, gridSize)).Soft;

    private static Candidate Aligned(LumaPlane grid)
    {
        var hypothesis = new Hypothesis(1, 1);
        var coefficients = FoldedTile.Coefficients(FoldedTile.Fold(grid, hypothesis), 0, 0);
        return Evaluate(coefficients, SourceSlot[0], hypothesis);
    }

    private static Candidate Better(Candidate? a, Candidate b) => a is null || b.Score > a.Score ? b : a;

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
        return Evaluate(bestCoefficients!, bestMap!, hypothesis);
    }

    private static Candidate Evaluate(float[] coefficients, int[] map, Hypothesis hypothesis)
    {
        var soft = new double[WatermarkPayload.CodedBits];
        for (int bit = 0; bit < soft.Length; bit++)
        {
            var (a, b) = BitSlots[bit];
            soft[bit] = SlotSign[a] * coefficients[map[a]] + SlotSign[b] * coefficients[map[b]];
        }
        return new Candidate(Agreement(coefficients, map), soft, hypothesis);
    }

    /// <summary>
    /// Each coded bit appears twice per tile; the score is the normalised product of the two signed copies,
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

/// <summary>
/// What the decoder found. <see cref="Bits"/> are the raw coded bits (hard decisions before error
/// correction) of the best candidate.
/// </summary>
public sealed record WatermarkReading(ImageReference? Reference, double Score, IReadOnlyList<bool> Bits)
{
    public bool IsFound => Reference is not null;

    /// <summary>Share of raw coded bits that match <paramref name="expected"/>'s: the channel's damage before correction.</summary>
    public double BitAccuracyAgainst(ImageReference expected)
    {
        var wanted = WatermarkPayload.Encode(expected);
        return Bits.Count == wanted.Length ? wanted.Where((bit, i) => bit == Bits[i]).Count() / (double)wanted.Length : 0;
    }

    internal static WatermarkReading Found(ImageReference reference, double score, bool[] bits) => new(reference, score, bits);
    internal static WatermarkReading NotFound(double score, bool[] bits) => new(null, score, bits);
}
