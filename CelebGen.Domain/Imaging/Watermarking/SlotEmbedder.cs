using SkiaSharp;
using static CelebGen.Domain.Imaging.Watermarking.WatermarkLayout;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// One embedding on one working grid. Each coded bit is spread over many slots; the embedder measures how
/// much the picture already correlates with each slot's pattern and cancels it (improved spread spectrum),
/// so the decoder sees the mark rather than the picture. Amplitude follows a texture mask: busy blocks hide
/// more than flat sky does.
/// </summary>
internal sealed class SlotEmbedder(WatermarkStrength strength, int gridSize, double gridPsnr)
{
    /// <summary>The marked copy, and whether the PSNR budget (not the target amplitude) limited it.</summary>
    public (SKBitmap Marked, bool BudgetLimited) Embed(SKBitmap image, bool[] bits)
    {
        double level = 0;
        var marked = Pass(image, (hostShare, slotEnergy) =>
        {
            (var amplitudes, level) = AmplitudesWithinPsnr(bits, hostShare, slotEnergy);
            return amplitudes;
        });
        // Second pass: pixels that clipped at 0 or 255 (and resampling) left some slots short of the target;
        // measure what actually landed and top up only the shortfall. The caller measures the true PSNR after it.
        using (marked)
        {
            var topped = Pass(marked, (hostShare, _) => hostShare.Select((host, q) =>
            {
                double target = bits[SlotBit[q]] ? 1 : -1;
                return target * Math.Clamp(level - target * host, 0, level);
            }).ToArray());
            return (topped, level < strength.Amplitude);
        }
    }

    /// <summary>
    /// Measures each tile slot's correlation (summed over all tiles, as the decoder folds them) and adds the
    /// amplitudes <paramref name="choose"/> returns. Cancelling per slot, not per bit, keeps both copies of a
    /// bit clean so they agree: that agreement is what the decoder synchronises on.
    /// </summary>
    private SKBitmap Pass(SKBitmap image, Func<double[], double[], double[]> choose)
    {
        var grid = PlaneResampler.Resize(LumaPlane.FromBitmap(image), gridSize, gridSize);
        int blocksPerRow = gridSize / Dct8.N;
        var weights = PerceptualMask.Weights(grid, strength);
        var correlation = new double[SlotsPerTile];
        var weightSum = new double[SlotsPerTile];
        var slotEnergy = new double[SlotsPerTile];
        ForEachSlot(blocksPerRow, (block, bx, by, k, slot) =>
        {
            correlation[slot] += SlotSign[slot] * Coefficient(grid, bx, by, Bases[k]);
            weightSum[slot] += weights[block];
            slotEnergy[slot] += weights[block] * weights[block];
        });
        var hostShare = correlation.Select((c, q) => c / weightSum[q]).ToArray();
        var amplitude = choose(hostShare, slotEnergy);

        var delta = new float[gridSize * gridSize];
        ForEachSlot(blocksPerRow, (block, bx, by, k, slot) =>
        {
            float value = (float)(amplitude[slot] * SlotSign[slot] * weights[block]);
            var basis = Bases[k];
            for (int y = 0; y < Dct8.N; y++)
                for (int x = 0; x < Dct8.N; x++)
                    delta[(by * Dct8.N + y) * gridSize + bx * Dct8.N + x] += value * basis[y * Dct8.N + x];
        });
        var full = PlaneResampler.Resize(new LumaPlane(gridSize, gridSize, delta), image.Width, image.Height);
        return LumaPlane.AddToBitmap(image, full);
    }

    /// <summary>
    /// Per-slot amplitude: enough to cancel the picture's own correlation and leave the target, with a floor
    /// (the mark survives when the picture happens to agree) and a cap (energy spent on a strongly disagreeing
    /// slot is better spent on many ordinary ones: the code corrects the few it gives up). When that would
    /// break the PSNR floor, the target is lowered (bisection) rather than the whole delta scaled, because
    /// scaling would also undo the host cancellation.
    /// </summary>
    private (double[] Amplitudes, double Level) AmplitudesWithinPsnr(bool[] bits, double[] hostShare, double[] slotEnergy)
    {
        double allowedMse = 255.0 * 255.0 / Math.Pow(10, gridPsnr / 10);
        double[] At(double a) => hostShare.Select((host, q) =>
        {
            double target = bits[SlotBit[q]] ? 1 : -1;
            return target * Math.Clamp(a - target * host, strength.HostFloor * a, strength.HostCap * a);
        }).ToArray();
        double Mse(double[] amplitudes) => amplitudes.Select((v, q) => v * v * slotEnergy[q]).Sum() / (gridSize * gridSize);

        var full = At(strength.Amplitude);
        if (Mse(full) <= allowedMse) return (full, strength.Amplitude);
        double low = 0, high = strength.Amplitude;
        for (int i = 0; i < 20; i++)
        {
            double mid = (low + high) / 2;
            if (Mse(At(mid)) <= allowedMse) low = mid; else high = mid;
        }
        return (At(low), low);
    }

    private static void ForEachSlot(int blocksPerRow, Action<int, int, int, int, int> visit)
    {
        for (int by = 0; by < blocksPerRow; by++)
            for (int bx = 0; bx < blocksPerRow; bx++)
            {
                int tileBlock = (by % TileBlocksY) * TileBlocksX + bx % TileBlocksX;
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
}
