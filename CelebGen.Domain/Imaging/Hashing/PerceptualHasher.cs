using CelebGen.Domain.Imaging.Watermarking;
using SkiaSharp;

namespace CelebGen.Domain.Imaging.Hashing;

/// <summary>
/// Computes <see cref="PerceptualHash"/> the way PDQ does: luma shrunk to 64x64 by area averaging, the
/// 16x16 lowest non-DC DCT coefficients, each bit set when its coefficient is above their median.
/// (PDQ's Jarosz tent filter is replaced by exact area averaging; the hash is not bit-compatible with PDQ.)
/// </summary>
public sealed class PerceptualHasher
{
    private const int Size = 64;
    private const int Frequencies = 16;
    private static readonly float[] Dct = BuildDct();

    public PerceptualHash Compute(SKBitmap image)
    {
        var small = PlaneResampler.Resize(LumaPlane.FromBitmap(image), Size, Size).Pixels;
        // First pass: rows of D x A (16 x 64); second: (D A) x D^T (16 x 16).
        var half = new float[Frequencies * Size];
        for (int i = 0; i < Frequencies; i++)
            for (int x = 0; x < Size; x++)
            {
                float sum = 0;
                for (int y = 0; y < Size; y++) sum += Dct[i * Size + y] * small[y * Size + x];
                half[i * Size + x] = sum;
            }
        var coefficients = new float[Frequencies * Frequencies];
        for (int i = 0; i < Frequencies; i++)
            for (int j = 0; j < Frequencies; j++)
            {
                float sum = 0;
                for (int x = 0; x < Size; x++) sum += half[i * Size + x] * Dct[j * Size + x];
                coefficients[i * Frequencies + j] = sum;
            }
        var sorted = (float[])coefficients.Clone();
        Array.Sort(sorted);
        float median = sorted[sorted.Length / 2];
        Span<ulong> words = stackalloc ulong[4];
        for (int k = 0; k < coefficients.Length; k++)
            if (coefficients[k] > median) words[k / 64] |= 1UL << (63 - k % 64);
        return new PerceptualHash(words[0], words[1], words[2], words[3]);
    }

    private static float[] BuildDct()
    {
        var dct = new float[Frequencies * Size];
        double scale = Math.Sqrt(2.0 / Size);
        for (int i = 0; i < Frequencies; i++)
            for (int j = 0; j < Size; j++)
                dct[i * Size + j] = (float)(scale * Math.Cos(Math.PI / 2 / Size * (i + 1) * (2 * j + 1)));
        return dct;
    }
}
