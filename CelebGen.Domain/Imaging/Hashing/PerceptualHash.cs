using System.Buffers.Binary;
using System.Numerics;

namespace CelebGen.Domain.Imaging.Hashing;

/// <summary>
/// A 256-bit PDQ-style perceptual hash. Near-duplicates (re-encoded, resized, lightly cropped copies) differ
/// in few bits; unrelated pictures differ in about half. Stored as 64 hex characters (or 32 bytes).
/// </summary>
public readonly record struct PerceptualHash(ulong W0, ulong W1, ulong W2, ulong W3)
{
    public const int Bits = 256;

    /// <summary>
    /// Largest Hamming distance still treated as "the same picture". Chosen from the WatermarkBench
    /// distribution (docs/watermark.md): unrelated pictures sit at 128 +- 12 (none below 100), re-encodings,
    /// resizes and level changes almost all below 40; 70 leaves ~5 sigma to unrelated pairs and still catches many crops.
    /// </summary>
    public const int MatchThreshold = 70;

    public int DistanceTo(PerceptualHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1)
        + BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    public bool Matches(PerceptualHash other) => DistanceTo(other) <= MatchThreshold;

    public byte[] ToBytes()
    {
        var bytes = new byte[32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(0, 8), W0);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8, 8), W1);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16, 8), W2);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24, 8), W3);
        return bytes;
    }

    public static PerceptualHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 32) throw new ArgumentException("A perceptual hash is 32 bytes.", nameof(bytes));
        return new PerceptualHash(BinaryPrimitives.ReadUInt64BigEndian(bytes[..8]), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..16]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..24]), BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    public string ToHex() => Convert.ToHexStringLower(ToBytes());

    public static PerceptualHash FromHex(string hex) => FromBytes(Convert.FromHexString(hex));

    public static bool TryParse(string? hex, out PerceptualHash hash)
    {
        hash = default;
        if (hex is null || hex.Length != 64 || !hex.All(Uri.IsHexDigit)) return false;
        hash = FromHex(hex);
        return true;
    }

    public override string ToString() => ToHex();
}
