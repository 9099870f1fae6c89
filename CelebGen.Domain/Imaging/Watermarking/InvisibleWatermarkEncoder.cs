using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Embeds a reference id in the block-DCT coefficients of the luminance (see <see cref="SlotEmbedder"/>),
/// holds the result to the PSNR floor measured on the real pixels, and checks what it made
/// (<see cref="EmbedSelfCheck"/>). The default target amplitude is what keeps flat pictures as quiet as
/// they can be; a picture whose mark fails a check is marked again more strongly, up to the PSNR floor, and a
/// small picture that still fails on the small working grid is marked on the large one. So the budget is
/// spent only on the pictures that need it, and none leaves with a mark that does not read back.
/// </summary>
public sealed class InvisibleWatermarkEncoder(WatermarkStrength? strength = null)
{
    /// <summary>Accept a PSNR up to this far above the floor when the budget is what limits the mark.</summary>
    private const double PsnrTolerance = 0.15;

    /// <summary>Each failed self-check raises the target amplitude by this factor (the PSNR floor still holds).</summary>
    private const double Escalation = 1.35;

    private const int Escalations = 3;

    private readonly WatermarkStrength _strength = strength ?? WatermarkStrength.Default;

    /// <summary>Returns a new, marked copy of <paramref name="image"/> (opaque RGBA8888).</summary>
    public SKBitmap Embed(SKBitmap image, ImageReference reference) => Embed(image, reference, out _);

    /// <summary>
    /// As <see cref="Embed(SKBitmap, ImageReference)"/>; <paramref name="verified"/> says whether the mark reads
    /// back from the image and from a JPEG 75 copy. It is false only for pictures whose own texture in the mark's
    /// frequencies is more than the PSNR floor lets the embedder cancel (see docs/watermark.md); such an image
    /// can still be traced by its reference code and perceptual hash.
    /// </summary>
    public SKBitmap Embed(SKBitmap image, ImageReference reference, out bool verified)
    {
        var bits = WatermarkPayload.Encode(reference);
        (SKBitmap Marked, int Level)? best = null;
        foreach (int gridSize in WorkingGrid.ForEmbeddingInOrder(image.Width, image.Height))
        {
            var strength = _strength;
            for (int step = 0; step <= Escalations; step++)
            {
                var (marked, limited) = WithinPsnr(image, bits, gridSize, strength);
                int level = EmbedSelfCheck.Level(marked, gridSize, reference);
                if (level == EmbedSelfCheck.Full)
                {
                    best?.Marked.Dispose();
                    verified = true;
                    return marked;
                }
                // Otherwise keep the attempt that passed the most checks; among equals the later, stronger one.
                if (best is null || level >= best.Value.Level)
                {
                    best?.Marked.Dispose();
                    best = (marked, level);
                }
                else marked.Dispose();
                if (limited) break;
                strength = strength with { Amplitude = strength.Amplitude * Escalation };
            }
        }
        verified = best!.Value.Level >= EmbedSelfCheck.ReadsBack;
        return best.Value.Marked;
    }

    /// <summary>
    /// The embedder budgets on its luma grid; resampling to the image size, rounding and colour clipping
    /// move the real PSNR by a few tenths of a dB either way, so the grid's budget is corrected until the
    /// real PSNR is at or just above the floor (or above it with budget to spare).
    /// </summary>
    private static (SKBitmap Marked, bool BudgetLimited) WithinPsnr(SKBitmap image, bool[] bits, int gridSize, WatermarkStrength strength)
    {
        double gridPsnr = strength.MinPsnr + 0.3;
        (SKBitmap Marked, bool BudgetLimited)? acceptable = null;
        for (int attempt = 0; attempt < 20; attempt++)
        {
            var (marked, limited) = new SlotEmbedder(strength, gridSize, gridPsnr).Embed(image, bits);
            double psnr = RgbPsnr.Between(image, marked);
            if (psnr >= strength.MinPsnr)
            {
                acceptable?.Marked.Dispose();
                acceptable = (marked, limited);
                if (!limited || psnr <= strength.MinPsnr + PsnrTolerance || attempt >= 3) return acceptable.Value;
            }
            else
            {
                marked.Dispose();
                if (acceptable is not null) return acceptable.Value;
            }
            gridPsnr += strength.MinPsnr + PsnrTolerance / 2 - psnr;
        }
        return acceptable ?? throw new InvalidOperationException("The mark could not be held to the PSNR floor.");
    }
}

/// <summary>Tuning of the invisible mark; the defaults are what docs/watermark.md measures.</summary>
/// <param name="Amplitude">Target correlation per slot, in luma levels of the working grid.</param>
/// <param name="MinPsnr">Floor on the PSNR (dB, R, G and B of the marked image against the original).</param>
/// <param name="HostFloor">Least amplitude a slot gets, as a share of the target, however much the picture already agrees.</param>
/// <param name="HostCap">Most amplitude a slot gets, as a share of the target, however much the picture disagrees.</param>
public sealed record WatermarkStrength(double Amplitude, double MaskFloor, double MinWeight, double MaxWeight, double MinPsnr, double HostFloor = 0.25, double HostCap = 1.5)
{
    public static WatermarkStrength Default { get; } = new(Amplitude: 3.9, MaskFloor: 4.0, MinWeight: 0.5, MaxWeight: 1.8, MinPsnr: 38.0);
}
