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

    public int Count(AvatarPart part) => Labels.Count(l => l == (byte)part);
}
