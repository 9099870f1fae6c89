using SkiaSharp;

namespace CelebGen.Tests.Imaging;

/// <summary>Real photos from shared/testdata/images, cropped square and scaled to the sizes the generator makes.</summary>
internal static class TestPictures
{
    private static readonly Lazy<string[]> Files = new(() => Directory.GetFiles(Folder(), "*.jpg").Order().ToArray());

    public static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CelebGen.sln"))) dir = dir.Parent;
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var folder = Path.Combine(up.FullName, "shared", "testdata", "images");
            if (Directory.Exists(folder)) return folder;
        }
        throw new DirectoryNotFoundException("shared/testdata/images was not found beside the checkout.");
    }

    public static byte[] Bytes(int index) => File.ReadAllBytes(Files.Value[index]);

    /// <summary>Photo number <paramref name="index"/>, centre-cropped to a square and scaled to size x size.</summary>
    public static SKBitmap Square(int index, int size)
    {
        using var photo = SKBitmap.Decode(Files.Value[index]);
        int side = Math.Min(photo.Width, photo.Height);
        using var crop = new SKBitmap(side, side);
        photo.ExtractSubset(crop, SKRectI.Create((photo.Width - side) / 2, (photo.Height - side) / 2, side, side));
        return crop.Resize(new SKImageInfo(size, size), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    public static SKBitmap Solid(int width, int height, SKColor color)
    {
        var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        return bitmap;
    }

    public static SKBitmap Recode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality);
        return SKBitmap.Decode(data);
    }

    public static SKBitmap Scale(SKBitmap bitmap, double factor) =>
        bitmap.Resize(new SKImageInfo((int)Math.Round(bitmap.Width * factor), (int)Math.Round(bitmap.Height * factor)),
            new SKSamplingOptions(SKCubicResampler.Mitchell));

    public static SKBitmap Crop(SKBitmap bitmap, int x, int y, int width, int height)
    {
        using var subset = new SKBitmap(width, height);
        bitmap.ExtractSubset(subset, SKRectI.Create(x, y, width, height));
        return subset.Copy();
    }

    /// <summary>out = (in - 128) * gain + 128 + offset on every colour channel.</summary>
    public static SKBitmap Levels(SKBitmap bitmap, double gain, double offset)
    {
        var result = bitmap.Copy(SKColorType.Rgba8888);
        var bytes = result.GetPixelSpan();
        for (int i = 0; i < bytes.Length; i++)
            if (i % 4 != 3) bytes[i] = (byte)Math.Clamp(Math.Round((bytes[i] - 128) * gain + 128 + offset), 0, 255);
        return result;
    }
}
