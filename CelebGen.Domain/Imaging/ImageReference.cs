namespace CelebGen.Domain.Imaging;

/// <summary>
/// The 48-bit reference id every generated image carries (in its invisible watermark, its XMP and its
/// visible mark). <see cref="Code"/> is the short human form: 10 Crockford base-32 characters as "XXXXX-XXXXX".
/// </summary>
public readonly record struct ImageReference
{
    public const int Bits = 48;
    public const ulong MaxValue = (1UL << Bits) - 1;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public ImageReference(ulong value)
    {
        if (value > MaxValue) throw new ArgumentOutOfRangeException(nameof(value), $"A reference id has at most {Bits} bits.");
        Value = value;
    }

    public ulong Value { get; }

    public string Code
    {
        get
        {
            Span<char> chars = stackalloc char[11];
            for (int i = 0, c = 9; i < 11; i++)
            {
                if (i == 5) { chars[i] = '-'; continue; }
                chars[i] = Alphabet[(int)(Value >> (5 * (c-- ))) & 31];
            }
            return new string(chars);
        }
    }

    /// <summary>A random id, for new images; ids are not guessable because they come from a CSPRNG.</summary>
    public static ImageReference NewRandom()
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return new ImageReference(BitConverter.ToUInt64(bytes) & MaxValue);
    }

    /// <summary>Parses a code as printed (dashes, case and the Crockford look-alikes I/L/O are forgiven).</summary>
    public static bool TryParse(string? code, out ImageReference reference)
    {
        reference = default;
        if (string.IsNullOrWhiteSpace(code)) return false;
        ulong value = 0;
        int digits = 0;
        foreach (var raw in code.Trim().ToUpperInvariant())
        {
            if (raw == '-') continue;
            var ch = raw switch { 'I' or 'L' => '1', 'O' => '0', _ => raw };
            int digit = Alphabet.IndexOf(ch);
            if (digit < 0 || ++digits > 10) return false;
            value = (value << 5) | (uint)digit;
        }
        if (digits != 10 || value > MaxValue) return false;
        reference = new ImageReference(value);
        return true;
    }

    public override string ToString() => Code;
}
