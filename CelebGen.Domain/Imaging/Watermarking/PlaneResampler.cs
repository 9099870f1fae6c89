namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Separable resampling of a <see cref="LumaPlane"/>: area averaging when shrinking (so no aliasing reaches
/// the watermark band) and bilinear interpolation when enlarging. Managed and deterministic on purpose:
/// encoder and decoder must see exactly the same normalised grid.
/// </summary>
internal static class PlaneResampler
{
    public static LumaPlane Resize(LumaPlane src, int width, int height)
    {
        if (src.Width == width && src.Height == height) return new LumaPlane(width, height, (float[])src.Pixels.Clone());
        var horizontal = Weights(src.Width, width);
        var vertical = Weights(src.Height, height);
        var temp = new float[width * src.Height];
        for (int y = 0; y < src.Height; y++)
        {
            int row = y * src.Width;
            for (int x = 0; x < width; x++)
            {
                var (start, w) = horizontal[x];
                float sum = 0;
                for (int k = 0; k < w.Length; k++) sum += w[k] * src.Pixels[row + start + k];
                temp[y * width + x] = sum;
            }
        }
        var result = new float[width * height];
        for (int y = 0; y < height; y++)
        {
            var (start, w) = vertical[y];
            for (int k = 0; k < w.Length; k++)
            {
                float wk = w[k];
                int srcRow = (start + k) * width, dstRow = y * width;
                for (int x = 0; x < width; x++) result[dstRow + x] += wk * temp[srcRow + x];
            }
        }
        return new LumaPlane(width, height, result);
    }

    private static (int Start, float[] Weights)[] Weights(int srcSize, int dstSize)
    {
        var result = new (int, float[])[dstSize];
        double scale = (double)srcSize / dstSize;
        for (int i = 0; i < dstSize; i++)
            result[i] = scale > 1 ? AreaWeights(i, scale, srcSize) : LinearWeights(i, scale, srcSize);
        return result;
    }

    private static (int, float[]) AreaWeights(int i, double scale, int srcSize)
    {
        double from = i * scale, to = Math.Min((i + 1) * scale, srcSize);
        int start = (int)Math.Floor(from), end = Math.Min((int)Math.Ceiling(to), srcSize);
        var w = new float[end - start];
        for (int s = start; s < end; s++)
            w[s - start] = (float)((Math.Min(s + 1, to) - Math.Max(s, from)) / (to - from));
        return (start, w);
    }

    private static (int, float[]) LinearWeights(int i, double scale, int srcSize)
    {
        double centre = (i + 0.5) * scale - 0.5;
        int left = (int)Math.Floor(centre);
        double frac = centre - left;
        int a = Math.Clamp(left, 0, srcSize - 1), b = Math.Clamp(left + 1, 0, srcSize - 1);
        if (a == b) return (a, [1f]);
        return (a, [(float)(1 - frac), (float)frac]);
    }
}
