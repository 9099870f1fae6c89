namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// The 72 bits carried by the invisible mark: a 48-bit <see cref="ImageReference"/> and a CRC-24 over it,
/// XOR-ed with a fixed pseudo-random mask so that flat or unmarked images (whose bits come out random or
/// constant) essentially never form a valid word. The CRC is what turns "no watermark" into a clear answer.
/// </summary>
internal static class WatermarkPayload
{
    public const int Bits = ImageReference.Bits + CrcBits;
    private const int CrcBits = 24;
    private static readonly bool[] Mask = BuildMask();

    public static bool[] Encode(ImageReference reference)
    {
        var bits = new bool[Bits];
        ulong id = reference.Value;
        uint crc = Crc24(id);
        for (int i = 0; i < ImageReference.Bits; i++) bits[i] = ((id >> i) & 1) != 0;
        for (int i = 0; i < CrcBits; i++) bits[ImageReference.Bits + i] = ((crc >> i) & 1) != 0;
        for (int i = 0; i < Bits; i++) bits[i] ^= Mask[i];
        return bits;
    }

    public static bool TryDecode(ReadOnlySpan<bool> bits, out ImageReference reference)
    {
        reference = default;
        if (bits.Length != Bits) return false;
        ulong id = 0;
        uint crc = 0;
        for (int i = 0; i < ImageReference.Bits; i++) if (bits[i] ^ Mask[i]) id |= 1UL << i;
        for (int i = 0; i < CrcBits; i++) if (bits[ImageReference.Bits + i] ^ Mask[ImageReference.Bits + i]) crc |= 1u << i;
        if (Crc24(id) != crc) return false;
        reference = new ImageReference(id);
        return true;
    }

    /// <summary>
    /// Soft decoding (Chase-style): tries flipping every subset of the <paramref name="flips"/> least reliable
    /// bits and keeps the valid word that costs the least reliability. Each try is one more chance for a random
    /// CRC match (2^-24), so the caller only does this for candidates that are clearly synchronised.
    /// </summary>
    public static bool TryDecodeSoft(ReadOnlySpan<double> soft, int flips, out ImageReference reference)
    {
        reference = default;
        var hard = new bool[soft.Length];
        for (int i = 0; i < soft.Length; i++) hard[i] = soft[i] > 0;
        var magnitude = new double[soft.Length];
        for (int i = 0; i < soft.Length; i++) magnitude[i] = Math.Abs(soft[i]);
        var weakest = Enumerable.Range(0, soft.Length).OrderBy(i => magnitude[i]).Take(flips).ToArray();
        double bestCost = double.MaxValue;
        bool found = false;
        for (int mask = 0; mask < 1 << weakest.Length; mask++)
        {
            double cost = 0;
            var trial = (bool[])hard.Clone();
            for (int b = 0; b < weakest.Length; b++)
            {
                if ((mask & (1 << b)) == 0) continue;
                trial[weakest[b]] = !trial[weakest[b]];
                cost += magnitude[weakest[b]];
            }
            if (cost < bestCost && TryDecode(trial, out var candidate))
            {
                (bestCost, reference, found) = (cost, candidate, true);
            }
        }
        return found;
    }

    /// <summary>CRC-24/OpenPGP (poly 0x864CFB, init 0xB704CE) over the six id bytes.</summary>
    private static uint Crc24(ulong id)
    {
        uint crc = 0xB704CE;
        for (int b = 0; b < 6; b++)
        {
            crc ^= (uint)((id >> (8 * b)) & 0xFF) << 16;
            for (int i = 0; i < 8; i++)
            {
                crc <<= 1;
                if ((crc & 0x1000000) != 0) crc ^= 0x864CFB;
            }
        }
        return crc & 0xFFFFFF;
    }

    private static bool[] BuildMask()
    {
        var random = new SplitMix64(0xCE1EB6E4_0005_0001);
        var mask = new bool[Bits];
        for (int i = 0; i < Bits; i++) mask[i] = (random.Next() & 1) != 0;
        return mask;
    }
}

/// <summary>A tiny, fully specified PRNG: the layout must never change with the runtime's Random.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public int NextInt(int exclusiveMax) => (int)(Next() % (ulong)exclusiveMax);
}
