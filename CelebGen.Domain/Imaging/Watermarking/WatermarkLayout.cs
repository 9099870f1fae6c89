namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// Where the payload bits live. Every image is first resampled to a <see cref="WorkingSize"/>² luma grid, cut
/// into 8x8 DCT blocks; blocks are grouped into <see cref="Tile"/>-pixel tiles that all carry the same
/// pattern. The periodic tiling is the synchronisation strategy: after a crop the decoder only has to find
/// the offset modulo one tile, and folding all tiles together averages the image content away while the
/// mark adds up.
/// </summary>
internal static class WatermarkLayout
{
    public const int WorkingSize = 256;
    public const int Tile = 32;
    public const int BlocksPerSide = Tile / Dct8.N;
    public const int BlocksPerTile = BlocksPerSide * BlocksPerSide;

    /// <summary>Low-middle frequencies: they survive JPEG 50 and halving the size, yet stay out of the DC.</summary>
    public static readonly (int U, int V)[] Frequencies = [(0, 2), (2, 0), (1, 1), (1, 2), (2, 1), (2, 2), (0, 3), (3, 0), (1, 3)];

    public static readonly int SlotsPerBlock = Frequencies.Length;
    public static readonly int SlotsPerTile = BlocksPerTile * SlotsPerBlock;

    /// <summary>Basis image per slot frequency (row-major 8x8).</summary>
    public static readonly float[][] Bases = Frequencies.Select(f => Dct8.Basis(f.U, f.V)).ToArray();

    /// <summary>Payload bit carried by tile slot q = block * SlotsPerBlock + k.</summary>
    public static readonly int[] SlotBit;

    /// <summary>Pseudo-random sign per slot, so that a bit is not a visible repeated texture.</summary>
    public static readonly float[] SlotSign;

    /// <summary>The two tile slots of each bit (each bit appears exactly twice per tile).</summary>
    public static readonly (int A, int B)[] BitSlots;

    /// <summary>
    /// For a block shift (qx, qy) of the tile, SourceSlot[qy * BlocksPerSide + qx][q] is the coefficient index, in
    /// the decoder's block order, that holds tile slot q.
    /// </summary>
    public static readonly int[][] SourceSlot;

    static WatermarkLayout()
    {
        if (SlotsPerTile % WatermarkPayload.Bits != 0)
            throw new InvalidOperationException("The tile must carry each payload bit the same number of times.");
        var random = new SplitMix64(0x5EED_CE1E_B600_0002);
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
            SlotBit[order[q]] = q % WatermarkPayload.Bits;
            SlotSign[q] = (random.Next() & 1) == 0 ? 1f : -1f;
        }
        var copies = Enumerable.Range(0, SlotsPerTile).GroupBy(q => SlotBit[q]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        if (copies.Any(c => c.Length != 2)) throw new InvalidOperationException("Each bit must appear exactly twice per tile.");
        BitSlots = copies.Select(c => (c[0], c[1])).ToArray();
        SourceSlot = new int[BlocksPerTile][];
        for (int qy = 0; qy < BlocksPerSide; qy++)
            for (int qx = 0; qx < BlocksPerSide; qx++)
            {
                var map = new int[SlotsPerTile];
                for (int by = 0; by < BlocksPerSide; by++)
                    for (int bx = 0; bx < BlocksPerSide; bx++)
                    {
                        int source = ((by - qy + BlocksPerSide) % BlocksPerSide) * BlocksPerSide + (bx - qx + BlocksPerSide) % BlocksPerSide;
                        for (int k = 0; k < SlotsPerBlock; k++)
                            map[(by * BlocksPerSide + bx) * SlotsPerBlock + k] = source * SlotsPerBlock + k;
                    }
                SourceSlot[qy * BlocksPerSide + qx] = map;
            }
    }
}
