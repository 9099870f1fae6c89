using CelebGen.Domain.Imaging.Hashing;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public class PerceptualHashTests
{
    private static readonly PerceptualHasher Hasher = new();

    [Fact]
    public void ReEncodedAndResizedCopiesMatchTheOriginal()
    {
        using var original = TestPictures.Square(3, 512);
        using var jpeg = TestPictures.Recode(original, SKEncodedImageFormat.Jpeg, 75);
        using var half = TestPictures.Scale(original, 0.5);
        var hash = Hasher.Compute(original);

        Assert.True(hash.Matches(Hasher.Compute(jpeg)), $"JPEG distance {hash.DistanceTo(Hasher.Compute(jpeg))}");
        Assert.True(hash.Matches(Hasher.Compute(half)), $"resize distance {hash.DistanceTo(Hasher.Compute(half))}");
    }

    [Fact]
    public void UnrelatedPhotosDoNotMatch()
    {
        var hashes = Enumerable.Range(0, 6).Select(i =>
        {
            using var image = TestPictures.Square(i, 256);
            return Hasher.Compute(image);
        }).ToArray();
        for (int i = 0; i < hashes.Length; i++)
            for (int j = i + 1; j < hashes.Length; j++)
                Assert.False(hashes[i].Matches(hashes[j]), $"photos {i} and {j} are {hashes[i].DistanceTo(hashes[j])} apart");
    }

    [Fact]
    public void HashesRoundTripThroughHexAndBytes()
    {
        using var image = TestPictures.Square(2, 256);
        var hash = Hasher.Compute(image);

        Assert.Equal(64, hash.ToHex().Length);
        Assert.Equal(hash, PerceptualHash.FromHex(hash.ToHex()));
        Assert.Equal(hash, PerceptualHash.FromBytes(hash.ToBytes()));
        Assert.True(PerceptualHash.TryParse(hash.ToHex(), out var parsed) && parsed == hash);
        Assert.False(PerceptualHash.TryParse("xyz", out _));
        Assert.Equal(0, hash.DistanceTo(parsed));
    }
}
