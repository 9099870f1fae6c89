using System.Security.Cryptography;
using CelebGen.Domain.Imaging.Intake;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Xmp;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CelebGen.Tests.Imaging;

public class PhotoIntakeTests
{
    private readonly PhotoIntakeService _intake = new(Options.Create(new PhotoIntakeOptions()));

    [Fact]
    public void AGoodPhotoIsAcceptedWithANormalisedCopyAThumbnailAndItsHash()
    {
        var bytes = TestPictures.Bytes(0);

        var accepted = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("me.jpg", bytes));

        var photo = accepted.Photo;
        Assert.Equal(PhotoFormat.Jpeg, photo.OriginalFormat);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), photo.Sha256);
        Assert.True(Math.Max(photo.Width, photo.Height) <= 1024);
        Assert.Equal(256, Math.Max(photo.ThumbnailWidth, photo.ThumbnailHeight));
        using var thumbnail = SKBitmap.Decode(photo.Thumbnail);
        Assert.Equal(photo.ThumbnailWidth, thumbnail.Width);
    }

    [Fact]
    public void TheSameFileTwiceHasTheSameHashAndADifferentFileDoesNot()
    {
        var a = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("a.jpg", TestPictures.Bytes(1)));
        var again = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("copy of a.jpg", TestPictures.Bytes(1)));
        var b = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("b.jpg", TestPictures.Bytes(2)));
        Assert.Equal(a.Photo.Sha256, again.Photo.Sha256);
        Assert.NotEqual(a.Photo.Sha256, b.Photo.Sha256);
    }

    [Fact]
    public void AnExifRotatedJpegComesOutUprightWithNoExifOrGps()
    {
        using var stored = CraftedFiles.RedLeftBlueRight(400, 300);
        var upload = CraftedFiles.JpegWithExif(stored, orientation: 6);
        Assert.Contains(ImageMetadataReader.ReadMetadata(new MemoryStream(upload)), d => d is GpsDirectory);

        var photo = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("rotated.jpg", upload)).Photo;

        Assert.Equal((300, 400), (photo.Width, photo.Height));
        using var upright = SKBitmap.Decode(photo.Normalised);
        Assert.True(upright.GetPixel(150, 40).Red > 200 && upright.GetPixel(150, 40).Blue < 60, "top should be red");
        Assert.True(upright.GetPixel(150, 360).Blue > 200 && upright.GetPixel(150, 360).Red < 60, "bottom should be blue");
        foreach (var file in new[] { photo.Normalised, photo.Thumbnail })
        {
            var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(file));
            Assert.DoesNotContain(directories, d => d is ExifDirectoryBase or GpsDirectory or XmpDirectory);
        }
    }

    [Fact]
    public void AnEmptyFileIsRejected() => AssertRejected(PhotoRejection.Empty, []);

    [Fact]
    public void AFileOverTenMegabytesIsRejectedBeforeDecoding()
    {
        var big = new byte[10 * 1024 * 1024 + 1];
        big[0] = 0xFF;
        big[1] = 0xD8;
        big[2] = 0xFF;
        AssertRejected(PhotoRejection.TooLarge, big);
    }

    [Fact]
    public void ANonImageRenamedToJpgIsRejectedByItsBytes()
    {
        AssertRejected(PhotoRejection.UnsupportedType, "GIF89a\x01\x00\x01\x00"u8.ToArray());
        AssertRejected(PhotoRejection.UnsupportedType, "%PDF-1.7 definitely a photo"u8.ToArray());
    }

    [Fact]
    public void ATruncatedJpegIsRejected()
    {
        var bytes = TestPictures.Bytes(3);
        AssertRejected(PhotoRejection.Truncated, bytes[..(bytes.Length * 6 / 10)]);
    }

    [Fact]
    public void AJpegWithOnlyItsMagicBytesIsUnreadable() => AssertRejected(PhotoRejection.Unreadable, [0xFF, 0xD8, 0xFF, 0xE0, 0x00]);

    [Fact]
    public void APngClaimingFiftyThousandSquaredIsRejectedFromItsHeader() =>
        AssertRejected(PhotoRejection.TooManyPixels, CraftedFiles.PngClaiming(50_000, 50_000));

    [Fact]
    public void APhotoUnder256PixelsOnTheShortSideIsRejected()
    {
        using var small = TestPictures.Square(4, 200);
        using var data = small.Encode(SKEncodedImageFormat.Png, 100);
        AssertRejected(PhotoRejection.TooSmall, data.ToArray());
    }

    [Fact]
    public void WebPIsAccepted()
    {
        using var square = TestPictures.Square(5, 300);
        using var data = square.Encode(SKEncodedImageFormat.Webp, 80);
        var accepted = Assert.IsType<PhotoIntakeResult.Accepted>(_intake.Process("x.webp", data.ToArray()));
        Assert.Equal(PhotoFormat.WebP, accepted.Photo.OriginalFormat);
    }

    private void AssertRejected(PhotoRejection reason, byte[] bytes)
    {
        var rejected = Assert.IsType<PhotoIntakeResult.Rejected>(_intake.Process("photo.jpg", bytes));
        Assert.Equal(reason, rejected.Reason);
        Assert.Contains("photo.jpg", rejected.Message);
    }
}
