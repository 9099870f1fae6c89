using SkiaSharp;

namespace CelebGen.Domain.Imaging.Provenance;

/// <summary>Encodes a bitmap as PNG (XMP in iTXt) or JPEG (XMP in APP1) carrying its provenance.</summary>
public static class ProvenanceEncoder
{
    public static byte[] EncodePng(SKBitmap image, ProvenanceRecord record)
    {
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return PngXmpWriter.Insert(data.Span, XmpPacket.Build(record));
    }

    public static byte[] EncodeJpeg(SKBitmap image, ProvenanceRecord record, int quality = 92)
    {
        using var flat = Watermarking.Rgba.Flatten(image);
        using var data = flat.Encode(SKEncodedImageFormat.Jpeg, quality);
        return JpegXmpWriter.Insert(data.Span, XmpPacket.Build(record));
    }
}
