using SkiaSharp;

namespace WatermarkBench;

/// <summary>One named image transformation an adversary (or an ordinary re-share) applies.</summary>
internal sealed record Attack(string Name, Func<SKBitmap, Random, SKBitmap> Apply)
{
    public static Attack Then(Attack first, Attack second) =>
        new($"{first.Name} + {second.Name}", (bitmap, random) =>
        {
            using var middle = first.Apply(bitmap, random);
            return second.Apply(middle, random);
        });

    public static IReadOnlyList<Attack> Standard()
    {
        var png = new Attack("PNG re-save", (b, _) => Recode(b, SKEncodedImageFormat.Png, 100));
        Attack Jpeg(int q) => new($"JPEG {q}", (b, _) => Recode(b, SKEncodedImageFormat.Jpeg, q));
        Attack Resize(double f) => new($"resize {f:P0}", (b, _) => Scale(b, f));
        var crop = new Attack("crop 90% area", (b, r) => Crop(b, Math.Sqrt(0.9), Math.Sqrt(0.9), r));
        var cropWide = new Attack("crop 90% width", (b, r) => Crop(b, 0.9, 1.0, r));
        Attack Brightness(int pct) => new($"brightness {pct:+0;-0}%", (b, _) => Levels(b, 1, 255 * pct / 100.0));
        Attack Contrast(int pct) => new($"contrast {pct:+0;-0}%", (b, _) => Levels(b, 1 + pct / 100.0, 0));
        var singles = new[]
        {
            new Attack("none", (b, _) => b.Copy()), png, Jpeg(90), Jpeg(75), Jpeg(50), Resize(0.75), Resize(0.5),
            Brightness(10), Brightness(-10), Contrast(10), Contrast(-10), crop, cropWide,
        };
        var pairs = new[]
        {
            Then(Jpeg(75), Resize(0.5)), Then(Resize(0.5), Jpeg(75)), Then(Resize(0.75), Jpeg(50)),
            Then(crop, Jpeg(75)), Then(crop, Resize(0.5)), Then(Resize(0.75), crop), Then(Brightness(10), Jpeg(75)),
            Then(Contrast(-10), crop), Then(Brightness(-10), Resize(0.5)), Then(Jpeg(90), Contrast(10)), Then(Jpeg(50), Jpeg(50)),
        };
        return [.. singles, .. pairs];
    }

    public static SKBitmap Recode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var data = bitmap.Encode(format, quality);
        return SKBitmap.Decode(data);
    }

    public static SKBitmap Scale(SKBitmap bitmap, double factor) =>
        bitmap.Resize(new SKImageInfo(Math.Max(1, (int)Math.Round(bitmap.Width * factor)), Math.Max(1, (int)Math.Round(bitmap.Height * factor))),
            new SKSamplingOptions(SKCubicResampler.Mitchell));

    public static SKBitmap Crop(SKBitmap bitmap, double keepX, double keepY, Random random)
    {
        int w = (int)Math.Round(bitmap.Width * keepX), h = (int)Math.Round(bitmap.Height * keepY);
        int x = random.Next(bitmap.Width - w + 1), y = random.Next(bitmap.Height - h + 1);
        var result = new SKBitmap(w, h);
        bitmap.ExtractSubset(result, SKRectI.Create(x, y, w, h));
        return result.Copy();
    }

    /// <summary>out = in * gain + offset (contrast around mid-grey when offset is 0).</summary>
    public static SKBitmap Levels(SKBitmap bitmap, double gain, double offset)
    {
        var result = bitmap.Copy(SKColorType.Rgba8888);
        var bytes = result.GetPixelSpan();
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i % 4 == 3) continue;
            bytes[i] = (byte)Math.Clamp(Math.Round((bytes[i] - 128) * gain + 128 + offset), 0, 255);
        }
        return result;
    }
}
