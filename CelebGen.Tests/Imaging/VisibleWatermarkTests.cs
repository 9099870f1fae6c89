using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Visible;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public class VisibleWatermarkTests
{
    private static readonly ImageReference Reference = new(0x0000_1234_5678_9AUL);

    [Theory]
    [InlineData(256, 256)]
    [InlineData(512, 512)]
    [InlineData(768, 512)]
    [InlineData(320, 900)]
    public void TheMarkSitsInTheBottomRightCornerAndNeverOverTheCentre(int width, int height)
    {
        var layout = VisibleWatermarkPainter.Layout(width, height, Reference);

        var centre = SKRect.Create(width * 0.25f, height * 0.25f, width * 0.5f, height * 0.5f);
        Assert.False(layout.Pill.IntersectsWith(centre));
        Assert.True(layout.Pill.Left > width / 2f && layout.Pill.Top > height * 0.75f);
        Assert.True(layout.Pill.Right <= width && layout.Pill.Bottom <= height);
        Assert.Contains(Reference.Code, layout.Text);
        Assert.StartsWith("CelebGen", layout.Text);
    }

    [Fact]
    public void TheMarkScalesWithTheImage()
    {
        var small = VisibleWatermarkPainter.Layout(256, 256, Reference);
        var large = VisibleWatermarkPainter.Layout(1024, 1024, Reference);
        Assert.True(large.FontSize > 3 * small.FontSize);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(10)]
    public void TheMarkIsVisibleOnLightAndDarkBackgrounds(byte level)
    {
        using var plain = TestPictures.Solid(512, 512, new SKColor(level, level, level));
        using var marked = new VisibleWatermarkPainter().Apply(plain, Reference);
        var pill = VisibleWatermarkPainter.Layout(512, 512, Reference).Pill;

        var lumas = Lumas(marked, SKRectI.Round(pill));
        // Text against its background: some pixels near white, some clearly darker than them.
        Assert.True(lumas.Max() - lumas.Min() > 90, $"contrast inside the mark is only {lumas.Max() - lumas.Min():0}");
        Assert.Equal(plain.GetPixel(256, 256), marked.GetPixel(256, 256));
        Assert.Equal(plain.GetPixel(10, 10), marked.GetPixel(10, 10));
    }

    private static List<double> Lumas(SKBitmap bitmap, SKRectI area)
    {
        var values = new List<double>();
        for (int y = Math.Max(0, area.Top); y < Math.Min(bitmap.Height, area.Bottom); y++)
            for (int x = Math.Max(0, area.Left); x < Math.Min(bitmap.Width, area.Right); x++)
            {
                var c = bitmap.GetPixel(x, y);
                values.Add(0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue);
            }
        return values;
    }
}
