using System.Text;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public sealed class ImageVerifierTests
{
    private static readonly ImageReference Reference = new(0x0000_1234_5678_9ABCUL);
    private static readonly IServiceProvider Services = BuildServices();

    private static IServiceProvider BuildServices()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddImaging();
        return builder.Build().Services;
    }

    private static ImageVerifier Verifier => Services.GetRequiredService<ImageVerifier>();

    private static byte[] FinishedPng()
    {
        using var picture = TestPictures.Square(3, 512);
        return Services.GetRequiredService<GeneratedImageFinisher>().Finish(picture, Reference, withVisibleMark: false).Png;
    }

    [Fact]
    public void AFinishedImageReadsBackItsWatermarkAndItsProvenance()
    {
        var report = Assert.IsType<VerificationResult.Read>(Verifier.Verify(FinishedPng())).Report;
        Assert.Equal(Reference, report.WatermarkReference);
        Assert.Equal(Reference, report.MetadataReference);
        Assert.Equal("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", report.Metadata["Digital source type"]);
        Assert.Equal("CelebGen", report.Metadata["Creator tool"]);
    }

    [Fact]
    public void AJpegResaveLosesTheMetadataButKeepsTheWatermark()
    {
        using var marked = SKBitmap.Decode(FinishedPng());
        using var jpeg = marked.Encode(SKEncodedImageFormat.Jpeg, 75);
        var report = Assert.IsType<VerificationResult.Read>(Verifier.Verify(jpeg.ToArray())).Report;
        Assert.Equal(Reference, report.WatermarkReference);
        Assert.Empty(report.Metadata);
    }

    [Fact]
    public void AnUnmarkedPhotoReadsAsNoWatermarkAndNoMetadata()
    {
        var photo = File.ReadAllBytes(Path.Combine(Support.RepoPaths.TestImages, "023-MilkyWay.jpg"));
        var report = Assert.IsType<VerificationResult.Read>(Verifier.Verify(photo)).Report;
        Assert.Null(report.WatermarkReference);
        Assert.Null(report.MetadataReference);
    }

    [Theory]
    [InlineData(0, "empty")]
    [InlineData(100, "not a JPEG, PNG or WebP")]
    public void FilesThatAreNotImagesAreRefusedWithAReason(int length, string reason)
    {
        var result = Verifier.Verify(Encoding.ASCII.GetBytes(new string('x', length)));
        Assert.Contains(reason, Assert.IsType<VerificationResult.Unreadable>(result).Message);
    }

    [Fact]
    public void XmpWithADoctypeIsIgnoredRatherThanResolved()
    {
        var hostile = """
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="&e;"/></rdf:RDF></x:xmpmeta>
            """;
        Assert.Empty(XmpPacketReader.Read(Encoding.UTF8.GetBytes(hostile)));
    }
}
