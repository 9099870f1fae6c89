using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Provenance;
using MetadataExtractor;
using MetadataExtractor.Formats.Xmp;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public class ProvenanceMetadataTests
{
    private static readonly ProvenanceRecord Record = new(new ImageReference(0x00C0FFEE1234UL), new DateTimeOffset(2026, 11, 22, 21, 30, 5, TimeSpan.Zero));

    [Fact]
    public void PngOutputsCarryXmpThatAnIndependentReaderFinds()
    {
        using var image = TestPictures.Square(0, 256);
        var png = ProvenanceEncoder.EncodePng(image, Record);

        AssertProvenance(ReadXmp(png));
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal(256, decoded.Width);
    }

    [Fact]
    public void JpegDownloadsCarryXmpInApp1ThatAnIndependentReaderFinds()
    {
        using var image = TestPictures.Square(1, 256);
        var jpeg = ProvenanceEncoder.EncodeJpeg(image, Record, 90);

        AssertProvenance(ReadXmp(jpeg));
        using var decoded = SKBitmap.Decode(jpeg);
        Assert.Equal(256, decoded.Height);
    }

    private static IDictionary<string, string> ReadXmp(byte[] file)
    {
        var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(file));
        var xmp = Assert.Single(directories.OfType<XmpDirectory>());
        return xmp.GetXmpProperties();
    }

    private static void AssertProvenance(IDictionary<string, string> properties)
    {
        Assert.Equal(ProvenanceRecord.TrainedAlgorithmicMedia, properties["Iptc4xmpExt:DigitalSourceType"]);
        Assert.Equal("CelebGen", properties["xmp:CreatorTool"]);
        Assert.StartsWith("2026-11-22T21:30:05", properties["xmp:CreateDate"]);
        Assert.Equal(Record.Reference.Code, properties["celebgen:ReferenceCode"]);
    }
}
