using System.Numerics;
using System.Runtime.InteropServices;
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
        int width = (int)Math.Floor(normalised.Width * scaleX), height = (int)Math.Floor(normalised.Height * scaleY);
        var sum = new float[TileWidth * TileHeight];
        var count = new int[TileWidth * TileHeight];
        var xs = SamplePositions(width, scaleX, shiftX, normalised.Width);
        var ys = SamplePositions(height, scaleY, shiftY, normalised.Height);
        var pixels = normalised.Pixels;
        for (int y = 0; y < height; y++)
        {
            var (y0, fy) = ys[y];
            int row0 = y0 * normalised.Width, row1 = Math.Min(y0 + 1, normalised.Height - 1) * normalised.Width;
            int tileRow = (y % TileHeight) * TileWidth;
            for (int x = 0; x < width; x++)
            {
                var (x0, fx) = xs[x];
                int x1 = Math.Min(x0 + 1, normalised.Width - 1);
                float top = pixels[row0 + x0] + fx * (pixels[row0 + x1] - pixels[row0 + x0]);
                float bottom = pixels[row1 + x0] + fx * (pixels[row1 + x1] - pixels[row1 + x0]);
                int cell = tileRow + x % TileWidth;
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
    /// Slot coefficients for every sub-block alignment: result[(ry * 8 + rx)][(my * TileBlocksX + mx) * K + k]
    /// is coefficient k of the block whose top-left sits at (8*mx - rx, 8*my - ry) modulo the tile.
    /// </summary>
    public static float[][] AlignedCoefficients(float[] tile)
    {
        var sliding = SlidingCoefficients(tile);
        var result = new float[Dct8.N * Dct8.N][];
        for (int ry = 0; ry < Dct8.N; ry++)
            for (int rx = 0; rx < Dct8.N; rx++)
                result[ry * Dct8.N + rx] = Gather(sliding, rx, ry);
        return result;
    }

    /// <summary>Slot coefficients of the blocks at one alignment (for a tile whose offset is known).</summary>
    public static float[] Coefficients(float[] tile, int rx, int ry) => Gather(SlidingCoefficients(tile), rx, ry);

    private static float[] Gather(float[][] sliding, int rx, int ry)
    {
        var coefficients = new float[SlotsPerTile];
        for (int my = 0; my < TileBlocksY; my++)
            for (int mx = 0; mx < TileBlocksX; mx++)
            {
                int x0 = (mx * Dct8.N - rx + TileWidth) % TileWidth, y0 = (my * Dct8.N - ry + TileHeight) % TileHeight;
                for (int k = 0; k < SlotsPerBlock; k++)
                    coefficients[(my * TileBlocksX + mx) * SlotsPerBlock + k] = sliding[k][y0 * TileWidth + x0];
            }
        return coefficients;
    }

    /// <summary>
    /// Every slot frequency's DCT coefficient of the 8x8 block starting at every tile position (the tile wraps
    /// round), by separable passes over a copy of the tile padded with its own first rows and columns.
    /// </summary>
    private static float[][] SlidingCoefficients(float[] tile)
    {
        const int padded = TileWidth + Dct8.N - 1;
        var wrapped = new float[(TileHeight + Dct8.N - 1) * padded];
        for (int y = 0; y < TileHeight + Dct8.N - 1; y++)
            for (int x = 0; x < padded; x++)
                wrapped[y * padded + x] = tile[(y % TileHeight) * TileWidth + x % TileWidth];
        var rows = new float[MaxFrequency + 1][];
        for (int u = 0; u <= MaxFrequency; u++)
        {
            var row = rows[u] = new float[(TileHeight + Dct8.N - 1) * TileWidth];
            for (int y = 0; y < TileHeight + Dct8.N - 1; y++)
                for (int i = 0; i < Dct8.N; i++)
                    MultiplyAdd(Cosines[u][i], wrapped.AsSpan(y * padded + i, TileWidth), row.AsSpan(y * TileWidth, TileWidth));
        }
        var sliding = new float[SlotsPerBlock][];
        for (int k = 0; k < SlotsPerBlock; k++)
        {
            var (u, v) = Frequencies[k];
            var result = sliding[k] = new float[TileWidth * TileHeight];
            for (int j = 0; j < Dct8.N; j++)
                MultiplyAdd(Cosines[v][j], rows[u].AsSpan(j * TileWidth, TileWidth * TileHeight), result);
        }
        return sliding;
    }

    /// <summary>target += factor * source, a vector at a time (the two passes above are nothing else).</summary>
    private static void MultiplyAdd(float factor, ReadOnlySpan<float> source, Span<float> target)
    {
        var sources = MemoryMarshal.Cast<float, Vector<float>>(source);
        var targets = MemoryMarshal.Cast<float, Vector<float>>(target);
        for (int i = 0; i < targets.Length; i++) targets[i] += factor * sources[i];
        for (int i = targets.Length * Vector<float>.Count; i < target.Length; i++) target[i] += factor * source[i];
    }

    private static readonly int MaxFrequency = Frequencies.Max(f => Math.Max(f.U, f.V));
    private static readonly float[][] Cosines = Enumerable.Range(0, Dct8.N).Select(Dct8.Cosines).ToArray();
}

/// <summary>Share of the original width/height present, and a sub-pixel shift in working-grid pixels.</summary>
internal readonly record struct Hypothesis(double ScaleX, double ScaleY, double ShiftX = 0, double ShiftY = 0);
