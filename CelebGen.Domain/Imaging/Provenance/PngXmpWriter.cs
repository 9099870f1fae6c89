using System.Buffers.Binary;
using System.Text;

namespace CelebGen.Domain.Imaging.Provenance;

/// <summary>Inserts an XMP packet into a PNG as an uncompressed iTXt chunk (keyword XML:com.adobe.xmp) after IHDR.</summary>
public static class PngXmpWriter
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Insert(ReadOnlySpan<byte> png, string xmp)
    {
        if (png.Length < 33 || !png[..8].SequenceEqual(Signature) || Encoding.ASCII.GetString(png.Slice(12, 4)) != "IHDR")
            throw new ArgumentException("Not a PNG stream that starts with IHDR.", nameof(png));
        int afterHeader = 8 + 8 + BinaryPrimitives.ReadInt32BigEndian(png.Slice(8, 4)) + 4;

        // iTXt data: keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
        var data = new List<byte>();
        data.AddRange(Encoding.Latin1.GetBytes("XML:com.adobe.xmp"));
        data.AddRange(new byte[] { 0, 0, 0, 0, 0 });
        data.AddRange(Encoding.UTF8.GetBytes(xmp));
        var chunk = Chunk("iTXt", data.ToArray());

        var result = new byte[png.Length + chunk.Length];
        png[..afterHeader].CopyTo(result);
        chunk.CopyTo(result, afterHeader);
        png[afterHeader..].CopyTo(result.AsSpan(afterHeader + chunk.Length));
        return result;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.Compute(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }
}

/// <summary>The CRC-32 PNG chunks use (ISO 3309, reflected 0xEDB88320).</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Compute(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }
}
