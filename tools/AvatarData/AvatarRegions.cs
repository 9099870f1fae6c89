using SkiaSharp;

namespace CelebGen.AvatarData;

/// <summary>The part shown at each pixel of a rendered avatar, row-major.</summary>
public sealed record AvatarRegions(int Size, byte[] Labels)
{
    public AvatarPart At(int x, int y) => (AvatarPart)Labels[y * Size + x];

    /// <summary>Pixels of <paramref name="part"/> whose whole (2r+1)² neighbourhood is that part too, so edges are left out.</summary>
    public IEnumerable<(int X, int Y)> Interior(AvatarPart part, int r = 2)
    {
        for (int y = r; y < Size - r; y++)
            for (int x = r; x < Size - r; x++)
                if (At(x, y) == part && At(x - r, y) == part && At(x + r, y) == part && At(x, y - r) == part && At(x, y + r) == part)
                    yield return (x, y);
    }

    /// <summary>
    /// Per-channel median colour of <paramref name="image"/> (same size) over the interior of <paramref name="part"/>
    /// above <paramref name="maxY"/> (a fraction of the height):
    /// what the prompt-adherence benchmark matches to a named colour. Transparent when the part has no interior.
    /// </summary>
    public SKColor MedianColour(SKBitmap image, AvatarPart part, int r, double maxY = 1.0)
    {
        if (image.Width != Size || image.Height != Size) throw new ArgumentException($"The image must be {Size}x{Size}.", nameof(image));
        var list = Interior(part, r).Where(p => p.Y < maxY * Size).Select(p => image.GetPixel(p.X, p.Y)).ToList();
        if (list.Count == 0) return SKColors.Transparent;
        byte Mid(Func<SKColor, byte> channel) => list.Select(channel).Order().ElementAt(list.Count / 2);
        return new SKColor(Mid(c => c.Red), Mid(c => c.Green), Mid(c => c.Blue));
    }

    /// <summary>Top of the forehead: above it, every hair style draws the same crown of hair.</summary>
    public const double CrownBottom = 0.36;

    public int Count(AvatarPart part) => Labels.Count(l => l == (byte)part);
}
