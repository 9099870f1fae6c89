namespace CelebGen.Domain.Imaging.Intake;

/// <summary>Decides the file type from its first bytes; the name and the browser's content type are not trusted.</summary>
public static class PhotoFormatSniffer
{
    public static PhotoFormat? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return PhotoFormat.Jpeg;
        if (bytes.Length >= 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return PhotoFormat.Png;
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8)) return PhotoFormat.WebP;
        return null;
    }
}
