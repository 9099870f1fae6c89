using SkiaSharp;

namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// What the encoder checks before an image leaves: the mark reads back from the image itself, from a JPEG 75
/// copy, and from two crops keeping 90% of the area (opposite corners, so each edge is cut once). A crop
/// removes part of the picture whose own correlation the embedder cancelled, so pictures whose mark is
/// crop-fragile show it here and get a stronger mark. Reads are on the grid the image was marked on, with the
/// crop's size known but its offset searched, so they cost milliseconds, not a full decode.
/// </summary>
internal static class EmbedSelfCheck
{
    private const int JpegQuality = 75;
    private static readonly double CropSide = Math.Sqrt(0.9);

    /// <summary>The image and its JPEG copy read back (the crops may not).</summary>
    public const int ReadsBack = 2;

    /// <summary>All checks passed.</summary>
    public const int Full = 4;

    /// <summary>How many checks pass, in order of importance: image, JPEG copy, first crop, second crop.</summary>
    public static int Level(SKBitmap marked, int gridSize, ImageReference reference)
    {
        if (!Reads(marked, gridSize, new Hypothesis(1, 1), reference)) return 0;
        using (var data = marked.Encode(SKEncodedImageFormat.Jpeg, JpegQuality))
        using (var jpeg = SKBitmap.Decode(data))
            if (!Reads(jpeg, gridSize, new Hypothesis(1, 1), reference)) return 1;
        int level = 2;
        int width = (int)Math.Round(marked.Width * CropSide), height = (int)Math.Round(marked.Height * CropSide);
        var scale = new Hypothesis(width / (double)marked.Width, height / (double)marked.Height);
        foreach (var (x, y) in new[] { (0, 0), (marked.Width - width, marked.Height - height) })
        {
            using var crop = new SKBitmap(width, height);
            marked.ExtractSubset(crop, SKRectI.Create(x, y, width, height));
            using var copy = crop.Copy();
            if (!Reads(copy, gridSize, scale, reference)) return level;
            level++;
        }
        return level;
    }

    /// <summary>
    /// A checked crop must read with room to spare: copy agreement well above what unmarked pictures reach
    /// (they peak near 0.4) and few raw errors, because the crops people make are at other offsets.
    /// </summary>
    private const double CropScore = 0.5;
    private const double CropBitAccuracy = 0.95;

    private static bool Reads(SKBitmap image, int gridSize, Hypothesis hypothesis, ImageReference reference)
    {
        var reading = InvisibleWatermarkDecoder.ReadAt(image, gridSize, hypothesis);
        if (reading.Reference != reference) return false;
        return hypothesis == new Hypothesis(1, 1) || (reading.Score >= CropScore && reading.BitAccuracyAgainst(reference) >= CropBitAccuracy);
    }
}
