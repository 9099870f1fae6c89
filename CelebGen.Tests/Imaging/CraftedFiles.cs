using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

/// <summary>Hand-built tricky inputs: JPEGs with EXIF orientation + GPS, and PNG headers that lie.</summary>
internal static class CraftedFiles
{
    /// <summary>A JPEG of <paramref name="stored"/> with an APP1 EXIF segment: Orientation and a GPS latitude.</summary>
    public static byte[] JpegWithExif(SKBitmap stored, ushort orientation)
    {
        using var data = stored.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var exif = ExifSegment(orientation);
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    private static byte[] ExifSegment(ushort orientation)
    {
        var tiff = new byte[92];
        var s = tiff.AsSpan();
        "MM"u8.CopyTo(s);
        BinaryPrimitives.WriteUInt16BigEndian(s[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(s[4..], 8);
        // IFD0 at 8: Orientation, GPS IFD pointer.
        BinaryPrimitives.WriteUInt16BigEndian(s[8..], 2);
        Entry(s[10..], 0x0112, 3, 1, (uint)orientation << 16);
        Entry(s[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32BigEndian(s[34..], 0);
        // GPS IFD at 38: GPSLatitudeRef "N", GPSLatitude -> three rationals at 68.
        BinaryPrimitives.WriteUInt16BigEndian(s[38..], 2);
        Entry(s[40..], 0x0001, 2, 2, (uint)'N' << 24);
        Entry(s[52..], 0x0002, 5, 3, 68);
        BinaryPrimitives.WriteUInt32BigEndian(s[64..], 0);
        uint[] rationals = [48, 1, 51, 1, 2400, 100];
        for (int i = 0; i < rationals.Length; i++) BinaryPrimitives.WriteUInt32BigEndian(s[(68 + 4 * i)..], rationals[i]);

        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }

    /// <summary>A valid-looking PNG whose header claims width x height, with only a few bytes of pixel data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(new byte[1024]);
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        return [.. signature, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFF;
    }

    /// <summary>Left half red, right half blue.</summary>
    public static SKBitmap RedLeftBlueRight(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        using var red = new SKPaint { Color = SKColors.Red };
        using var blue = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(0, 0, width / 2f, height, red);
        canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        return bitmap;
    }
}
