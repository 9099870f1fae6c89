using CelebGen.Domain.Diffusion;
using SkiaSharp;

namespace CelebGen.AvatarBench;

/// <summary>
/// img2img check: a photo at the given strength should come back as a cartoon that keeps the photo's overall
/// colours. Measured as the mean RGB distance between 8×8 block averages of source and result, next to the
/// same distance for a txt2img image of the same prompt and seed (what "not keeping the colours" looks like).
/// </summary>
internal static class ImageToImage
{
    public static async Task<int> RunAsync(DiffusionEngine engine, string imagePath, double strength, string outPath)
    {
        using var photo = SKBitmap.Decode(imagePath) ?? throw new FileNotFoundException("Cannot read the image.", imagePath);
        int side = Math.Min(photo.Width, photo.Height);
        using var square = new SKBitmap(256, 256);
        using (var c = new SKCanvas(square))
            c.DrawBitmap(photo, new SKRect((photo.Width - side) / 2f, (photo.Height - side) / 2f, (photo.Width + side) / 2f, (photo.Height + side) / 2f),
                new SKRect(0, 0, 256, 256), new SKPaint { IsAntialias = true });
        const string prompt = "a cartoon avatar of a smiling person";
        var img2img = await engine.GenerateAsync(new DiffusionRequest(prompt) { Seed = 1, Reference = DiffusionImageInput.FromBitmap(square), Strength = strength });
        var txt2img = await engine.GenerateAsync(new DiffusionRequest(prompt) { Seed = 1 });
        var out1 = img2img.Images[0].ToBitmap();
        var out2 = txt2img.Images[0].ToBitmap();
        Console.WriteLine($"img2img strength {strength}: mean 8x8-block colour distance to the photo {BlockDistance(square, out1):F1} (0-441)");
        Console.WriteLine($"txt2img, same prompt and seed:  mean 8x8-block colour distance to the photo {BlockDistance(square, out2):F1}");
        Sheet.Save([square.Copy(), out1, out2], 3, outPath);
        Console.WriteLine($"wrote {outPath} (photo | img2img | txt2img)");
        return 0;
    }

    private static double BlockDistance(SKBitmap a, SKBitmap b)
    {
        const int blocks = 8;
        double total = 0;
        int size = a.Width / blocks;
        for (int by = 0; by < blocks; by++)
            for (int bx = 0; bx < blocks; bx++)
            {
                var (ma, mb) = (Mean(a, bx * size, by * size, size), Mean(b, bx * size, by * size, size));
                total += Math.Sqrt(Enumerable.Range(0, 3).Sum(k => (ma[k] - mb[k]) * (ma[k] - mb[k])));
            }
        return total / (blocks * blocks);
    }

    private static double[] Mean(SKBitmap bmp, int x0, int y0, int size)
    {
        var sum = new double[3];
        for (int y = y0; y < y0 + size; y++)
            for (int x = x0; x < x0 + size; x++)
            {
                var c = bmp.GetPixel(x, y);
                sum[0] += c.Red; sum[1] += c.Green; sum[2] += c.Blue;
            }
        return sum.Select(s => s / (size * size)).ToArray();
    }
}
