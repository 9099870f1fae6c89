using System.Buffers.Binary;
using System.Text;

namespace CelebGen.Domain.Imaging.Provenance;

/// <summary>Inserts an XMP packet into a JPEG as an APP1 segment ("http://ns.adobe.com/xap/1.0/\0" + packet).</summary>
public static class JpegXmpWriter
{
    private const string Namespace = "http://ns.adobe.com/xap/1.0/\0";

    public static byte[] Insert(ReadOnlySpan<byte> jpeg, string xmp)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
            throw new ArgumentException("Not a JPEG stream (no SOI marker).", nameof(jpeg));
        var payload = Encoding.UTF8.GetBytes(Namespace + xmp);
        if (payload.Length + 2 > ushort.MaxValue) throw new ArgumentException("The XMP packet does not fit in one APP1 segment.", nameof(xmp));

        // Keep a JFIF APP0 first, as readers expect, and put our APP1 right after it.
        int insertAt = 2;
        if (jpeg[2] == 0xFF && jpeg[3] == 0xE0) insertAt = 4 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.Slice(4, 2));

        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);

        var result = new byte[jpeg.Length + segment.Length];
        jpeg[..insertAt].CopyTo(result);
        segment.CopyTo(result, insertAt);
        jpeg[insertAt..].CopyTo(result.AsSpan(insertAt + segment.Length));
        return result;
    }
}
