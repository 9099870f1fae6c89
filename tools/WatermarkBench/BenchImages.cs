using SkiaSharp;

namespace WatermarkBench;

/// <summary>Test pictures derived from the shared photo set: square crops scaled to the two output sizes.</summary>
internal static class BenchImages
{
    /// <summary>shared/testdata/images beside the checkout (CI), or beside any folder above it (worktrees).</summary>
    public static string PhotoFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CelebGen.sln"))) dir = dir.Parent;
        dir ??= new DirectoryInfo(Environment.CurrentDirectory);
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var folder = Path.Combine(up.FullName, "shared", "testdata", "images");
            if (Directory.Exists(folder)) return folder;
        }
        throw new DirectoryNotFoundException("Missing shared/testdata/images beside the CelebGen checkout.");
    }

    public static IReadOnlyList<SKBitmap> LoadPhotos() =>
        Directory.GetFiles(PhotoFolder(), "*.jpg").Order().Select(path => SKBitmap.Decode(path)).ToArray();

    /// <summary>A square crop (offset chosen by <paramref name="random"/>) scaled to size x size.</summary>
    public static SKBitmap SquareCrop(SKBitmap photo, int size, Random random, double minShare = 0.6)
    {
        int side = (int)(Math.Min(photo.Width, photo.Height) * (minShare + (1 - minShare) * random.NextDouble()));
        int x = random.Next(photo.Width - side + 1), y = random.Next(photo.Height - side + 1);
        using var crop = new SKBitmap(side, side);
        photo.ExtractSubset(crop, SKRectI.Create(x, y, side, side));
        return crop.Resize(new SKImageInfo(size, size), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>The marked-image corpus: every photo at 512x512 and at 256x256.</summary>
    public static IReadOnlyList<(string Name, SKBitmap Image)> Corpus(IReadOnlyList<SKBitmap> photos, int limit)
    {
        var random = new Random(5);
        var list = new List<(string, SKBitmap)>();
        for (int i = 0; i < photos.Count; i++)
        {
            list.Add(($"p{i:00}-512", SquareCrop(photos[i], 512, random)));
            list.Add(($"p{i:00}-256", SquareCrop(photos[i], 256, random)));
        }
        return list.Take(limit).ToArray();
    }
}
