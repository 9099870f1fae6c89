namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// The crops the decoder tries, as the fraction of the original width/height still present. Resizes need
/// no hypothesis of their own (everything is normalised to the working grid). First come the exact
/// fractions a plain crop of one of our output sizes would give (w/512, w/256...), then the uncropped and
/// evenly cropped cases, then crops of one dimension only; the best few are refined afterwards (<see cref="Refinements"/>).
/// </summary>
internal static class ScaleHypotheses
{
    private static readonly int[] NativeSizes = [256, 512, 768, 1024];
    private const double SmallestShare = 0.88;
    private static readonly double[] Steps = Enumerable.Range(0, 9).Select(i => 1.0 - 0.015 * i).ToArray();

    public static IEnumerable<Hypothesis> For(int width, int height)
    {
        var seen = new HashSet<Hypothesis>();
        var native = NativeSizes
            .Select(size => new Hypothesis(width / (double)size, height / (double)size))
            .Where(h => h.ScaleX is >= SmallestShare and < 1 && h.ScaleY is >= SmallestShare and <= 1);
        var even = Steps.Select(s => new Hypothesis(s, s));
        var oneSided = Steps.Skip(1).SelectMany(s => new[] { new Hypothesis(s, 1), new Hypothesis(1, s) });
        return native.Concat(even).Concat(oneSided).Where(seen.Add);
    }

    /// <summary>Neighbours of a coarse winner: half-pixel shifts, then scale nudges of a third of a step.</summary>
    public static IEnumerable<Hypothesis> Refinements(Hypothesis h, bool shifts)
    {
        if (shifts)
        {
            foreach (var (dx, dy) in new[] { (0.5, 0.0), (0.0, 0.5), (0.5, 0.5) })
                yield return h with { ShiftX = h.ShiftX + dx, ShiftY = h.ShiftY + dy };
            yield break;
        }
        const double nudge = 0.005;
        foreach (var dx in new[] { -nudge, 0, nudge })
            foreach (var dy in new[] { -nudge, 0, nudge })
                if (dx != 0 || dy != 0) yield return h with { ScaleX = h.ScaleX + dx, ScaleY = h.ScaleY + dy };
    }
}
