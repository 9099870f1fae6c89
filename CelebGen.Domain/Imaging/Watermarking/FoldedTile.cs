using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// One decoding hypothesis: "the received picture spans <c>ScaleX</c> x <c>ScaleY</c> of the original's width
/// and height". The normalised grid is stretched back to working scale and every tile is summed into one
/// tile, whose offset is still unknown (it is searched afterwards).
/// </summary>
internal static class FoldedTile
{
    public static float[] Fold(LumaPlane normalised, Hypothesis hypothesis)
    {
        var (scaleX, scaleY, shiftX, shiftY) = hypothesis;
        int width = (int)Math.Floor(WorkingSize * scaleX), height = (int)Math.Floor(WorkingSize * scaleY);
        var sum = new float[Tile * Tile];
        var count = new int[Tile * Tile];
        var xs = SamplePositions(width, scaleX, shiftX, normalised.Width);
        var ys = SamplePositions(height, scaleY, shiftY, normalised.Height);
        var pixels = normalised.Pixels;
        for (int y = 0; y < height; y++)
        {
            var (y0, fy) = ys[y];
            int row0 = y0 * normalised.Width, row1 = Math.Min(y0 + 1, normalised.Height - 1) * normalised.Width;
            int tileRow = (y % Tile) * Tile;
            for (int x = 0; x < width; x++)
            {
                var (x0, fx) = xs[x];
                int x1 = Math.Min(x0 + 1, normalised.Width - 1);
                float top = pixels[row0 + x0] + fx * (pixels[row0 + x1] - pixels[row0 + x0]);
                float bottom = pixels[row1 + x0] + fx * (pixels[row1 + x1] - pixels[row1 + x0]);
                int cell = tileRow + x % Tile;
                sum[cell] += top + fy * (bottom - top);
                count[cell]++;
            }
        }
        for (int i = 0; i < sum.Length; i++) sum[i] /= Math.Max(1, count[i]);
        return sum;
    }

    private static (int, float)[] SamplePositions(int size, double scale, double shift, int sourceSize)
    {
        var positions = new (int, float)[size];
        for (int i = 0; i < size; i++)
        {
            double source = Math.Clamp((i + 0.5 + shift) / scale - 0.5, 0, sourceSize - 1);
            int floor = (int)Math.Floor(source);
            positions[i] = (floor, (float)(source - floor));
        }
        return positions;
    }

    /// <summary>
    /// Slot coefficients for every sub-block alignment: result[(ry * 8 + rx)][(my * BlocksPerSide + mx) * K + k]
    /// is coefficient k of the block whose top-left sits at (8*mx - rx, 8*my - ry) modulo the tile.
    /// Separable: 1-D row transforms for every start column are shared by all alignments.
    /// </summary>
    public static float[][] AlignedCoefficients(float[] tile)
    {
        var cosines = Enumerable.Range(0, Dct8.N).Select(Dct8.Cosines).ToArray();
        var rows = new float[MaxFrequency + 1][];
        for (int u = 0; u <= MaxFrequency; u++)
        {
            var c = cosines[u];
            var row = rows[u] = new float[Tile * Tile];
            for (int y = 0; y < Tile; y++)
                for (int x0 = 0; x0 < Tile; x0++)
                {
                    float sum = 0;
                    for (int i = 0; i < Dct8.N; i++) sum += c[i] * tile[y * Tile + (x0 + i) % Tile];
                    row[y * Tile + x0] = sum;
                }
        }
        var result = new float[Dct8.N * Dct8.N][];
        for (int ry = 0; ry < Dct8.N; ry++)
            for (int rx = 0; rx < Dct8.N; rx++)
            {
                var coefficients = new float[SlotsPerTile];
                for (int my = 0; my < BlocksPerSide; my++)
                    for (int mx = 0; mx < BlocksPerSide; mx++)
                    {
                        int x0 = (mx * Dct8.N - rx + Tile) % Tile, y0 = (my * Dct8.N - ry + Tile) % Tile;
                        for (int k = 0; k < SlotsPerBlock; k++)
                        {
                            var (u, v) = Frequencies[k];
                            var c = cosines[v];
                            var row = rows[u];
                            float sum = 0;
                            for (int j = 0; j < Dct8.N; j++) sum += c[j] * row[((y0 + j) % Tile) * Tile + x0];
                            coefficients[(my * BlocksPerSide + mx) * SlotsPerBlock + k] = sum;
                        }
                    }
                result[ry * Dct8.N + rx] = coefficients;
            }
        return result;
    }

    private static readonly int MaxFrequency = Frequencies.Max(f => Math.Max(f.U, f.V));
}

/// <summary>Share of the original width/height present, and a sub-pixel shift in working-grid pixels.</summary>
internal readonly record struct Hypothesis(double ScaleX, double ScaleY, double ShiftX = 0, double ShiftY = 0);
