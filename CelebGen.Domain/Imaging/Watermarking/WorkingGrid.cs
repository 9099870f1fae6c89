namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// The square luma grid the mark is embedded in, chosen from the image's size. Large outputs use 256x256 (a
/// 512 px output halved is still 256 px, so the mark keeps its frequencies). Small outputs use 128x128: on a
/// 256 px image halved to 128 px a 256 grid would put the mark next to Nyquist, where resampling and JPEG
/// remove it, and at 1:1 its blocks would coincide with JPEG's and be quantised directly.
/// </summary>
internal static class WorkingGrid
{
    public const int Large = 256;
    public const int Small = 192;

    /// <summary>Images whose short side is under this are marked on the small grid.</summary>
    private const int SmallBelow = 384;

    public static int ForEmbedding(int width, int height) => Math.Min(width, height) < SmallBelow ? Small : Large;

    /// <summary>The grid to mark on, then the one to fall back to when the picture leaves no room on it.</summary>
    public static int[] ForEmbeddingInOrder(int width, int height) =>
        ForEmbedding(width, height) == Small ? [Small, Large] : [Large];

    /// <summary>
    /// The decoder is blind to the size the image was marked at (a 256 px picture may be a small output or a
    /// large one halved), so it tries both, the likelier first.
    /// </summary>
    public static int[] ForDecoding(int width, int height) =>
        ForEmbedding(width, height) == Small ? [Small, Large] : [Large, Small];
}
