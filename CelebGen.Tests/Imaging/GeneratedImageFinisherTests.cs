using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Provenance;
using CelebGen.Domain.Imaging.Visible;
using CelebGen.Domain.Imaging.Watermarking;
using MetadataExtractor;
using MetadataExtractor.Formats.Xmp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public class GeneratedImageFinisherTests
{
    private static readonly ImageReference Reference = new(0x0000_7777_0000_0001UL);

    private static GeneratedImageFinisher CreateFinisher()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddImaging();
        return builder.Build().Services.GetRequiredService<GeneratedImageFinisher>();
    }

    [Fact]
    public void FreeImagesGetTheVisibleMarkAndPaidImagesDoNot()
    {
        var finisher = CreateFinisher();
        using var original = TestPictures.Square(8, 512);
        var pill = SKRectI.Round(VisibleWatermarkPainter.Layout(512, 512, Reference).Pill);

        using var free = SKBitmap.Decode(finisher.Finish(original, Reference, withVisibleMark: true).Png);
        using var paid = SKBitmap.Decode(finisher.Finish(original, Reference, withVisibleMark: false).Png);

        Assert.True(MeanDifference(original, free, pill) > 25, "the Free image should show the mark");
        Assert.True(MeanDifference(original, paid, pill) < 4, "the paid image should show no mark");
    }

    [Fact]
    public void TheFinishedPngCarriesTheIdInItsPixelsAndItsMetadataAndReportsItsHash()
    {
        var finisher = CreateFinisher();
        using var original = TestPictures.Square(12, 256);

        var finished = finisher.Finish(original, Reference, withVisibleMark: true);

        using var decoded = SKBitmap.Decode(finished.Png);
        Assert.Equal(Reference, new InvisibleWatermarkDecoder().Read(decoded).Reference);
        Assert.Equal(finished.PerceptualHash, new PerceptualHasher().Compute(decoded));
        var xmp = ImageMetadataReader.ReadMetadata(new MemoryStream(finished.Png)).OfType<XmpDirectory>().Single().GetXmpProperties();
        Assert.Equal(Reference.Code, xmp["celebgen:ReferenceCode"]);
        Assert.Equal(ProvenanceRecord.TrainedAlgorithmicMedia, xmp["Iptc4xmpExt:DigitalSourceType"]);
        Assert.True(finished.HasVisibleMark);
        Assert.True(finished.InvisibleMarkVerified);
    }

    private static double MeanDifference(SKBitmap a, SKBitmap b, SKRectI area)
    {
        double sum = 0;
        int n = 0;
        for (int y = area.Top; y < area.Bottom; y++)
            for (int x = area.Left; x < area.Right; x++)
            {
                SKColor p = a.GetPixel(x, y), q = b.GetPixel(x, y);
                sum += (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue)) / 3.0;
                n++;
            }
        return sum / n;
    }
}
