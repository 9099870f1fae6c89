namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// How much of the mark each 8x8 block of the working grid may carry: busy blocks hide more than flat sky,
/// and blocks full of near-black or near-white pixels (which clip) carry little.
/// </summary>
internal static class PerceptualMask
{
    private const double SaturationMargin = 10;

    /// <summary>Per-block weight from its standard deviation relative to the image's median block, less where pixels clip.</summary>
    public static double[] Weights(LumaPlane grid, WatermarkStrength strength)
    {
        int blocksPerRow = grid.Width / Dct8.N;
        var deviation = new double[blocksPerRow * blocksPerRow];
        var headroom = new double[deviation.Length];
        for (int by = 0; by < blocksPerRow; by++)
            for (int bx = 0; bx < blocksPerRow; bx++)
            {
                double sum = 0, sumSq = 0;
                int saturated = 0;
                for (int y = 0; y < Dct8.N; y++)
                    for (int x = 0; x < Dct8.N; x++)
                    {
                        double v = grid[bx * Dct8.N + x, by * Dct8.N + y];
                        sum += v;
                        sumSq += v * v;
                        if (v < SaturationMargin || v > 255 - SaturationMargin) saturated++;
                    }
                double mean = sum / 64;
                deviation[by * blocksPerRow + bx] = Math.Sqrt(Math.Max(0, sumSq / 64 - mean * mean));
                headroom[by * blocksPerRow + bx] = Math.Max(0.05, 1 - saturated / 64.0 * 1.5);
            }
        var sorted = (double[])deviation.Clone();
        Array.Sort(sorted);
        double median = sorted[sorted.Length / 2] + strength.MaskFloor;
        // Near-black and near-white pixels clip whatever is added to them, so such blocks carry little of the mark.
        return deviation.Select((d, b) => headroom[b] * Math.Clamp((d + strength.MaskFloor) / median, strength.MinWeight, strength.MaxWeight)).ToArray();
    }
}
