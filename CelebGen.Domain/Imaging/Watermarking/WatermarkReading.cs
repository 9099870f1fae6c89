namespace CelebGen.Domain.Imaging.Watermarking;

/// <summary>
/// What the decoder found. <see cref="Bits"/> are the raw coded bits (hard decisions before error
/// correction) of the best candidate.
/// </summary>
public sealed record WatermarkReading(ImageReference? Reference, double Score, IReadOnlyList<bool> Bits)
{
    public bool IsFound => Reference is not null;

    /// <summary>Share of raw coded bits that match <paramref name="expected"/>'s: the channel's damage before correction.</summary>
    public double BitAccuracyAgainst(ImageReference expected)
    {
        var wanted = WatermarkPayload.Encode(expected);
        return Bits.Count == wanted.Length ? wanted.Where((bit, i) => bit == Bits[i]).Count() / (double)wanted.Length : 0;
    }

    internal static WatermarkReading Found(ImageReference reference, double score, bool[] bits) => new(reference, score, bits);
    internal static WatermarkReading NotFound(double score, bool[] bits) => new(null, score, bits);
}
