using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Blind decoder: needs only the suspect image. First it assumes the picture was not cropped (re-encoded,
/// resized or retouched pictures keep the tile origin in the corner), then it searches crop hypotheses: folds
/// the tiles, finds the tile offset by how well the two copies of each coded bit agree, and Viterbi-decodes
/// the best offset. A candidate counts only when its CRC-24 checks, and the number of candidates decoded per
/// image is bounded: two uncropped reads, one per crop hypothesis and grid (25 each for a square picture) and
/// three refined finalists, 55 in all. Each passes on an unmarked picture with probability 2^-24, so about
/// 3 in a million unmarked pictures could read as marked.
/// </summary>
public sealed class InvisibleWatermarkDecoder
{
    /// <summary>Coarse winners that are refined (sub-pixel shift, finer scale) and decoded again.</summary>
    private const int FinalCandidates = 3;

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
    /// Reads the mark on one grid under one known hypothesis (no search for an uncropped one, the offset
    /// search for a crop). The encoder uses it to check what it made.
    /// </summary>
    internal static WatermarkReading ReadAt(SKBitmap image, int gridSize, Hypothesis hypothesis)
    {
        var grid = PlaneResampler.Resize(LumaPlane.FromBitmap(image), gridSize, gridSize);
        bool uncropped = hypothesis == new Hypothesis(1, 1);
        var candidate = uncropped ? Aligned(grid) : BestOffset(grid, hypothesis);
        if (!uncropped && !WatermarkPayload.TryDecode(candidate.Soft, out _)) candidate = Refine(grid, candidate);
        return WatermarkPayload.TryDecode(candidate.Soft, out var reference)
            ? WatermarkReading.Found(reference, candidate.Score, candidate.Bits)
            : WatermarkReading.NotFound(candidate.Score, candidate.Bits);
    }

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
                var next = BestOffset(grid, neighbour, candidate.Alignment);
                if (next.Score > candidate.Score) candidate = next;
            }
        }
        return candidate;
    }

    /// <summary>
    /// The offset with the best copy agreement: every sub-block alignment, or only those within a pixel of
    /// <paramref name="near"/> (a refinement moves the picture by half a pixel at most), times every block shift.
    /// </summary>
    private static Candidate BestOffset(LumaPlane grid, Hypothesis hypothesis, int? near = null)
    {
        var aligned = FoldedTile.AlignedCoefficients(FoldedTile.Fold(grid, hypothesis));
        double bestScore = double.MinValue;
        int bestAlignment = 0, bestShift = 0;
        for (int a = 0; a < aligned.Length; a++)
        {
            if (near is { } n && !Neighbours(a, n)) continue;
            var coefficients = aligned[a];
            // The two copies of all coded bits cover every slot once, so the energy is the same for every shift.
            double energy = 0;
            foreach (var c in coefficients) energy += c * c;
            if (energy <= 0) continue;
            for (int m = 0; m < PairSource.Length; m++)
            {
                var source = PairSource[m];
                double product = 0;
                for (int i = 0; i < PairSign.Length; i++) product += PairSign[i] * coefficients[source[2 * i]] * coefficients[source[2 * i + 1]];
                double score = 2 * product / energy;
                if (score > bestScore) (bestScore, bestAlignment, bestShift) = (score, a, m);
            }
        }
        return Evaluate(aligned[bestAlignment], SourceSlot[bestShift], hypothesis) with { Alignment = bestAlignment };
    }

    private static bool Neighbours(int a, int b)
    {
        int dx = Math.Abs(a % Dct8.N - b % Dct8.N), dy = Math.Abs(a / Dct8.N - b / Dct8.N);
        return Math.Min(dx, Dct8.N - dx) <= 1 && Math.Min(dy, Dct8.N - dy) <= 1;
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

    /// <summary>A decodable guess; <see cref="Alignment"/> is its sub-block alignment (ry * 8 + rx).</summary>
    private sealed record Candidate(double Score, double[] Soft, Hypothesis Hypothesis, int Alignment = 0)
    {
        public bool[] Bits { get; } = Soft.Select(v => v > 0).ToArray();
    }
}
