using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Embeds a reference id in the block-DCT coefficients of the luminance (see <see cref="SlotEmbedder"/>),
/// holds the result to the PSNR floor measured on the real pixels, and checks what it made: the marked image
/// and a JPEG copy of it must both read back. A small picture that fails on the small working grid is
/// marked on the large one instead, so no image leaves with a mark the decoder cannot read.
/// </summary>
public sealed class InvisibleWatermarkEncoder(WatermarkStrength? strength = null)
{
    private const int CheckJpegQuality = 75;

    /// <summary>Accept a PSNR up to this far above the floor when the budget is what limits the mark.</summary>
    private const double PsnrTolerance = 0.15;

    private readonly WatermarkStrength _strength = strength ?? WatermarkStrength.Default;

    /// <summary>Returns a new, marked copy of <paramref name="image"/> (opaque RGBA8888).</summary>
    public SKBitmap Embed(SKBitmap image, ImageReference reference)
    {
        var bits = WatermarkPayload.Encode(reference);
        SKBitmap? first = null;
        foreach (int gridSize in WorkingGrid.ForEmbeddingInOrder(image.Width, image.Height))
        {
            var marked = WithinPsnr(image, bits, gridSize);
            if (ReadsBack(marked, gridSize, reference))
            {
                first?.Dispose();
                return marked;
            }
            if (first is null) first = marked; else marked.Dispose();
        }
        return first!;
    }

    /// <summary>
    /// The embedder budgets on its luma grid; resampling to the image size, rounding and colour clipping
    /// move the real PSNR by a few tenths of a dB either way, so the grid's budget is corrected until the
    /// real PSNR is at or just above the floor (or above it with budget to spare).
    /// </summary>
    private SKBitmap WithinPsnr(SKBitmap image, bool[] bits, int gridSize)
    {
        double gridPsnr = _strength.MinPsnr + 0.3;
        SKBitmap? acceptable = null;
        for (int attempt = 0; attempt < 20; attempt++)
        {
            var (marked, limited) = new SlotEmbedder(_strength, gridSize, gridPsnr).Embed(image, bits);
            double psnr = RgbPsnr.Between(image, marked);
            if (psnr >= _strength.MinPsnr)
            {
                acceptable?.Dispose();
                acceptable = marked;
                if (!limited || psnr <= _strength.MinPsnr + PsnrTolerance || attempt >= 3) return acceptable;
            }
            else
            {
                marked.Dispose();
                if (acceptable is not null) return acceptable;
            }
            gridPsnr += _strength.MinPsnr + PsnrTolerance / 2 - psnr;
        }
        return acceptable ?? throw new InvalidOperationException("The mark could not be held to the PSNR floor.");
    }

    /// <summary>The uncropped read on the grid it was marked on, of the image and of a JPEG copy.</summary>
    private static bool ReadsBack(SKBitmap marked, int gridSize, ImageReference reference)
    {
        if (!InvisibleWatermarkDecoder.TryReadAligned(marked, gridSize, out var read) || read != reference) return false;
        using var data = marked.Encode(SKEncodedImageFormat.Jpeg, CheckJpegQuality);
        using var jpeg = SKBitmap.Decode(data);
        return InvisibleWatermarkDecoder.TryReadAligned(jpeg, gridSize, out read) && read == reference;
    }
}

/// <summary>Tuning of the invisible mark; the defaults are what docs/watermark.md measures.</summary>
/// <param name="Amplitude">Target correlation per slot, in luma levels of the working grid.</param>
/// <param name="MinPsnr">Floor on the PSNR (dB, R, G and B of the marked image against the original).</param>
/// <param name="HostFloor">Least amplitude a slot gets, as a share of the target, however much the picture already agrees.</param>
/// <param name="HostCap">Most amplitude a slot gets, as a share of the target, however much the picture disagrees.</param>
public sealed record WatermarkStrength(double Amplitude, double MaskFloor, double MinWeight, double MaxWeight, double MinPsnr, double HostFloor = 0.25, double HostCap = 1.5)
{
    public static WatermarkStrength Default { get; } = new(Amplitude: 5.5, MaskFloor: 4.0, MinWeight: 0.5, MaxWeight: 1.8, MinPsnr: 38.0);
}
