using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Embeds a reference id in the block-DCT coefficients of the luminance. Each bit is spread over many
/// slots; the embedder measures how much the image already correlates with each bit's pattern and cancels
/// it (improved spread spectrum), so the decoder sees the mark rather than the picture. Amplitude follows
/// a simple texture mask: busy blocks hide more than flat sky does.
/// </summary>
public sealed class InvisibleWatermarkEncoder(WatermarkStrength? strength = null)
{
    private readonly WatermarkStrength _strength = strength ?? WatermarkStrength.Default;

    /// <summary>Returns a new, marked copy of <paramref name="image"/> (opaque RGBA8888).</summary>
    public SKBitmap Embed(SKBitmap image, ImageReference reference)
    {
        var luma = LumaPlane.FromBitmap(image);
        var grid = PlaneResampler.Resize(luma, WorkingSize, WorkingSize);
        var bits = WatermarkPayload.Encode(reference);
        int blocksPerRow = WorkingSize / Dct8.N;

        var weights = MaskWeights(grid, blocksPerRow);
        // Host cancellation works per tile slot (summed over all tiles, as the decoder folds them), so that
        // both copies of a bit come out clean and agree; that agreement is what the decoder synchronises on.
        var correlation = new double[SlotsPerTile];
        var weightSum = new double[SlotsPerTile];
        ForEachSlot(blocksPerRow, (block, bx, by, k, slot) =>
        {
            correlation[slot] += SlotSign[slot] * Coefficient(grid, bx, by, Bases[k]);
            weightSum[slot] += weights[block];
        });

        var amplitude = new double[SlotsPerTile];
        for (int i = 0; i < amplitude.Length; i++)
        {
            double target = bits[SlotBit[i]] ? 1 : -1;
            double hostShare = correlation[i] / weightSum[i];
            double wanted = target * _strength.Amplitude - hostShare;
            // Keep a floor so the mark survives when the host happens to agree, and a cap so a host that
            // strongly disagrees does not cost a visible patch.
            amplitude[i] = target * Math.Clamp(target * wanted, 0.5 * _strength.Amplitude, 2.0 * _strength.Amplitude);
        }

        var delta = new float[WorkingSize * WorkingSize];
        ForEachSlot(blocksPerRow, (block, bx, by, k, slot) =>
        {
            float value = (float)(amplitude[slot] * SlotSign[slot] * weights[block]);
            var basis = Bases[k];
            for (int y = 0; y < Dct8.N; y++)
                for (int x = 0; x < Dct8.N; x++)
                    delta[(by * Dct8.N + y) * WorkingSize + bx * Dct8.N + x] += value * basis[y * Dct8.N + x];
        });

        var full = PlaneResampler.Resize(new LumaPlane(WorkingSize, WorkingSize, delta), image.Width, image.Height);
        LimitDistortion(full.Pixels);
        return LumaPlane.AddToBitmap(image, full);
    }

    /// <summary>Scales the delta down when a very busy image would otherwise fall below the PSNR floor.</summary>
    private void LimitDistortion(float[] delta)
    {
        double mse = 0;
        foreach (var d in delta) mse += d * d;
        mse /= delta.Length;
        double allowed = 255.0 * 255.0 / Math.Pow(10, _strength.MinPsnr / 10);
        if (mse <= allowed) return;
        float factor = (float)Math.Sqrt(allowed / mse);
        for (int i = 0; i < delta.Length; i++) delta[i] *= factor;
    }

    private static void ForEachSlot(int blocksPerRow, Action<int, int, int, int, int> visit)
    {
        for (int by = 0; by < blocksPerRow; by++)
            for (int bx = 0; bx < blocksPerRow; bx++)
            {
                int tileBlock = (by % BlocksPerSide) * BlocksPerSide + bx % BlocksPerSide;
                for (int k = 0; k < SlotsPerBlock; k++)
                    visit(by * blocksPerRow + bx, bx, by, k, tileBlock * SlotsPerBlock + k);
            }
    }

    private static float Coefficient(LumaPlane grid, int bx, int by, float[] basis)
    {
        float sum = 0;
        for (int y = 0; y < Dct8.N; y++)
        {
            int row = (by * Dct8.N + y) * grid.Width + bx * Dct8.N;
            for (int x = 0; x < Dct8.N; x++) sum += basis[y * Dct8.N + x] * grid.Pixels[row + x];
        }
        return sum;
    }

    /// <summary>Per-block weight from its standard deviation relative to the image's median block.</summary>
    private double[] MaskWeights(LumaPlane grid, int blocksPerRow)
    {
        var deviation = new double[blocksPerRow * blocksPerRow];
        for (int by = 0; by < blocksPerRow; by++)
            for (int bx = 0; bx < blocksPerRow; bx++)
            {
                double sum = 0, sumSq = 0;
                for (int y = 0; y < Dct8.N; y++)
                    for (int x = 0; x < Dct8.N; x++)
                    {
                        double v = grid[bx * Dct8.N + x, by * Dct8.N + y];
                        sum += v;
                        sumSq += v * v;
                    }
                double mean = sum / 64;
                deviation[by * blocksPerRow + bx] = Math.Sqrt(Math.Max(0, sumSq / 64 - mean * mean));
            }
        var sorted = (double[])deviation.Clone();
        Array.Sort(sorted);
        double median = sorted[sorted.Length / 2] + _strength.MaskFloor;
        return deviation.Select(d => Math.Clamp((d + _strength.MaskFloor) / median, _strength.MinWeight, _strength.MaxWeight)).ToArray();
    }
}

/// <summary>Tuning of the invisible mark; the defaults are what docs/watermark.md measures.</summary>
/// <param name="Amplitude">Target correlation per slot, in luma levels of the working grid.</param>
/// <param name="MinPsnr">Floor on the luma PSNR (dB); the delta is scaled down to respect it (rounding costs a little more).</param>
public sealed record WatermarkStrength(double Amplitude, double MaskFloor, double MinWeight, double MaxWeight, double MinPsnr)
{
    public static WatermarkStrength Default { get; } = new(Amplitude: 5.5, MaskFloor: 4.0, MinWeight: 0.5, MaxWeight: 1.8, MinPsnr: 38.6);
}
