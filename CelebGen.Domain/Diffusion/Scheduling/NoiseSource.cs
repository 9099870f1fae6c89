namespace CelebGen.Domain.Diffusion.Scheduling;

/// <summary>
/// The engine's documented random source: xoshiro256** seeded through SplitMix64 from a 64-bit seed, with
/// standard normals from the Box–Muller transform (both values of each pair used, float64 then rounded to
/// float32). The same seed gives the same sequence on every platform and .NET version.
/// </summary>
public sealed class NoiseSource
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spare;

    public NoiseSource(long seed)
    {
        ulong x = unchecked((ulong)seed);
        _s0 = SplitMix(ref x); _s1 = SplitMix(ref x); _s2 = SplitMix(ref x); _s3 = SplitMix(ref x);
    }

    /// <summary>Fills <paramref name="target"/> with independent N(0, 1) samples.</summary>
    public void FillNormal(Span<float> target)
    {
        for (int i = 0; i < target.Length; i++) target[i] = (float)NextNormal();
    }

    public double NextNormal()
    {
        if (_spare is { } spare) { _spare = null; return spare; }
        double u1 = 1.0 - NextDouble(); // (0, 1]: log stays finite
        double u2 = NextDouble();
        double radius = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = radius * Math.Sin(2 * Math.PI * u2);
        return radius * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    private ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0; _s3 ^= _s1; _s1 ^= _s2; _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
