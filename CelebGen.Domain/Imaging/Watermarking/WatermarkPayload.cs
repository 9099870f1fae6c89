namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// What the invisible mark carries: a 48-bit <see cref="ImageReference"/> and a CRC-24 over it (72 message
/// bits), protected by <see cref="TailBitingCode"/> (144 coded bits) and XOR-ed with a fixed pseudo-random
/// mask, so that flat or unmarked images (whose bits come out random or constant) do not decode to the
/// structured words a constant input would give. The code corrects errors; the CRC is what turns
/// "no watermark" into a clear answer: every decoding attempt on an unmarked image passes it with
/// probability 2^-24.
/// </summary>
internal static class WatermarkPayload
{
    public const int MessageBits = ImageReference.Bits + CrcBits;
    public const int CodedBits = 2 * MessageBits;
    private const int CrcBits = 24;
    private static readonly bool[] Mask = BuildMask();

    /// <summary>The coded, masked bits to embed.</summary>
    public static bool[] Encode(ImageReference reference)
    {
        var message = new bool[MessageBits];
        ulong id = reference.Value;
        uint crc = Crc24(id);
        for (int i = 0; i < ImageReference.Bits; i++) message[i] = ((id >> i) & 1) != 0;
        for (int i = 0; i < CrcBits; i++) message[ImageReference.Bits + i] = ((crc >> i) & 1) != 0;
        var coded = TailBitingCode.Encode(message);
        for (int i = 0; i < CodedBits; i++) coded[i] ^= Mask[i];
        return coded;
    }

    /// <summary>Hard-decision decoding (each bit equally sure); see <see cref="TryDecode(ReadOnlySpan{double}, out ImageReference)"/>.</summary>
    public static bool TryDecode(ReadOnlySpan<bool> bits, out ImageReference reference)
    {
        var soft = new double[bits.Length];
        for (int i = 0; i < bits.Length; i++) soft[i] = bits[i] ? 1 : -1;
        return TryDecode(soft, out reference);
    }

    /// <summary>
    /// Soft decoding of the received coded bits (positive = 1, magnitude = confidence): Viterbi gives the
    /// most likely message, which is accepted only when its CRC checks. One call = one chance in 2^24 of a
    /// false positive, which is why the decoder bounds how many candidates it tries.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<double> soft, out ImageReference reference)
    {
        reference = default;
        if (soft.Length != CodedBits) return false;
        var unmasked = new double[CodedBits];
        for (int i = 0; i < CodedBits; i++) unmasked[i] = Mask[i] ? -soft[i] : soft[i];
        var message = TailBitingCode.Decode(unmasked);
        ulong id = 0;
        uint crc = 0;
        for (int i = 0; i < ImageReference.Bits; i++) if (message[i]) id |= 1UL << i;
        for (int i = 0; i < CrcBits; i++) if (message[ImageReference.Bits + i]) crc |= 1u << i;
        if (Crc24(id) != crc) return false;
        reference = new ImageReference(id);
        return true;
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
        var mask = new bool[CodedBits];
        for (int i = 0; i < CodedBits; i++) mask[i] = (random.Next() & 1) != 0;
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
