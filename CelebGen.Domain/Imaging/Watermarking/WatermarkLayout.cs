namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Where the coded bits live. Every image is first resampled to a square working grid (see
/// <see cref="WorkingGrid"/>), cut into 8x8 DCT blocks; blocks are grouped into tiles of
/// <see cref="TileBlocksX"/> x <see cref="TileBlocksY"/> blocks that all carry the same pattern. The periodic
/// tiling is the synchronisation strategy: after a crop the decoder only has to find the offset modulo one
/// tile, and folding all tiles together averages the image content away while the mark adds up.
/// </summary>
internal static class WatermarkLayout
{
    public const int TileBlocksX = 4;
    public const int TileBlocksY = 4;
    public const int TileWidth = TileBlocksX * Dct8.N;
    public const int TileHeight = TileBlocksY * Dct8.N;
    public const int BlocksPerTile = TileBlocksX * TileBlocksY;

    /// <summary>
    /// Each coded bit sits in this many slots of a tile. The copies cost no energy (the decoder adds them)
    /// and their agreement is what the decoder synchronises on without knowing the payload.
    /// </summary>
    public const int Copies = 2;

    /// <summary>Low-middle frequencies: they survive JPEG 50 and halving the size, yet stay out of the DC.</summary>
    public static readonly (int U, int V)[] Frequencies = [(0, 2), (2, 0), (1, 1), (1, 2), (2, 1), (2, 2), (0, 3), (3, 0), (1, 3), (3, 1), (0, 4), (4, 0), (1, 4), (4, 1), (2, 3), (3, 2), (0, 5), (5, 0)];

    public static readonly int SlotsPerBlock = Frequencies.Length;
    public static readonly int SlotsPerTile = BlocksPerTile * SlotsPerBlock;

    /// <summary>Basis image per slot frequency (row-major 8x8).</summary>
    public static readonly float[][] Bases = Frequencies.Select(f => Dct8.Basis(f.U, f.V)).ToArray();

    /// <summary>Coded bit carried by tile slot q = block * SlotsPerBlock + k.</summary>
    public static readonly int[] SlotBit;

    /// <summary>Pseudo-random sign per slot, so that a bit is not a visible repeated texture.</summary>
    public static readonly float[] SlotSign;

    /// <summary>The two tile slots of each coded bit.</summary>
    public static readonly (int A, int B)[] BitSlots;

    /// <summary>
    /// For a block shift (qx, qy) of the tile, SourceSlot[qy * TileBlocksX + qx][q] is the coefficient index, in
    /// the decoder's block order, that holds tile slot q.
    /// </summary>
    public static readonly int[][] SourceSlot;

    /// <summary>
    /// For block shift m, PairSource[m][2i] and [2i + 1] are the coefficient indices of coded bit i's two
    /// copies, and PairSign[i] the product of their signs: the offset search's inner loop, precomputed.
    /// </summary>
    public static readonly int[][] PairSource;
    public static readonly float[] PairSign;

    static WatermarkLayout()
    {
        if (SlotsPerTile != Copies * WatermarkPayload.CodedBits)
            throw new InvalidOperationException("The tile must carry every coded bit exactly twice.");
        var random = new SplitMix64(0x5EED_CE1E_B600_0003);
        var order = Enumerable.Range(0, SlotsPerTile).ToArray();
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        SlotBit = new int[SlotsPerTile];
        SlotSign = new float[SlotsPerTile];
        for (int q = 0; q < SlotsPerTile; q++)
        {
            SlotBit[order[q]] = q % WatermarkPayload.CodedBits;
            SlotSign[q] = (random.Next() & 1) == 0 ? 1f : -1f;
        }
        BitSlots = Enumerable.Range(0, SlotsPerTile).GroupBy(q => SlotBit[q]).OrderBy(g => g.Key)
            .Select(g => (g.First(), g.Last())).ToArray();
        SourceSlot = new int[BlocksPerTile][];
        for (int qy = 0; qy < TileBlocksY; qy++)
            for (int qx = 0; qx < TileBlocksX; qx++)
            {
                var map = new int[SlotsPerTile];
                for (int by = 0; by < TileBlocksY; by++)
                    for (int bx = 0; bx < TileBlocksX; bx++)
                    {
                        int source = ((by - qy + TileBlocksY) % TileBlocksY) * TileBlocksX + (bx - qx + TileBlocksX) % TileBlocksX;
                        for (int k = 0; k < SlotsPerBlock; k++)
                            map[(by * TileBlocksX + bx) * SlotsPerBlock + k] = source * SlotsPerBlock + k;
                    }
                SourceSlot[qy * TileBlocksX + qx] = map;
            }
        PairSign = BitSlots.Select(p => SlotSign[p.A] * SlotSign[p.B]).ToArray();
        PairSource = SourceSlot.Select(map => BitSlots.SelectMany(p => new[] { map[p.A], map[p.B] }).ToArray()).ToArray();
    }
}
