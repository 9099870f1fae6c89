using System.Net;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Photos;
using CelebGen.Domain.Storage;
using CelebGen.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Photos;

/// <summary>The photo library inside the real host: real intake, real SQLite, real blob folder.</summary>
public sealed class PhotoLibraryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static byte[] Photo(string name = "001-Altai.jpg") => File.ReadAllBytes(Path.Combine(RepoPaths.TestImages, name));

    [Fact]
    public async Task NothingIsStoredBeforeTheUserAttestsWhomThePhotosShow()
    {
        var (library, userId) = await NewUserAsync();
        var outcomes = await library.UploadAsync(userId, [new PhotoUpload("me.jpg", Photo())]);
        Assert.Equal(PhotoUploadStatus.Rejected, outcomes.Single().Status);
        Assert.Contains("Confirm whom your photos show", outcomes.Single().Message);
        Assert.Empty(await library.ListAsync(userId));
    }

    [Fact]
    public async Task TheAttestationIsStoredWithItsWordingAndTime()
    {
        var (library, userId) = await NewUserAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await library.AttestAsync(userId, AttestationKind.Consent);
        var stored = await library.GetAttestationAsync(userId);
        Assert.Equal(AttestationKind.Consent, stored!.Kind);
        Assert.Contains("gave me their consent", stored.Statement);
        Assert.True(stored.AttestedAt >= before);
    }

    [Fact]
    public async Task GoodFilesInABatchGoInWhileBadOnesGetTheirOwnMessage()
    {
        var (library, userId) = await AttestedUserAsync();
        var outcomes = await library.UploadAsync(userId,
        [
            new PhotoUpload("good.jpg", Photo("001-Altai.jpg")),
            new PhotoUpload("empty.jpg", Array.Empty<byte>()),
            new PhotoUpload("notes.jpg", "just some text, renamed"u8.ToArray()),
            new PhotoUpload("cut.jpg", Photo("002-Autumn.jpg")[..4000]),
            new PhotoUpload("also-good.jpg", Photo("004-Canopee.jpg")),
        ]);

        Assert.Equal(
            [PhotoUploadStatus.Added, PhotoUploadStatus.Rejected, PhotoUploadStatus.Rejected, PhotoUploadStatus.Rejected, PhotoUploadStatus.Added],
            outcomes.Select(o => o.Status));
        Assert.Contains("empty", outcomes[1].Message);
        Assert.Contains("not a JPEG, PNG or WebP", outcomes[2].Message);
        Assert.Equal(2, (await library.ListAsync(userId)).Count);
    }

    [Fact]
    public async Task OversizedFilesAndDecompressionBombsAreRefusedBeforeTheirPixelsAreDecoded()
    {
        var (library, userId) = await AttestedUserAsync();
        var oversized = new byte[11 * 1024 * 1024];
        Photo().AsSpan(0, 1024).CopyTo(oversized);
        var outcomes = await library.UploadAsync(userId,
        [
            new PhotoUpload("huge.jpg", oversized),
            new PhotoUpload("bomb.png", Imaging.CraftedFiles.PngClaiming(50_000, 50_000)),
        ]);
        Assert.Contains("the limit is 10 MB", outcomes[0].Message);
        Assert.Contains("megapixels", outcomes[1].Message);
        Assert.Null(library.RefuseBeforeReading("ok.jpg", 1024));
        Assert.Contains("limit is 10 MB", library.RefuseBeforeReading("big.jpg", 50L * 1024 * 1024)!.Message);
        Assert.Empty(await library.ListAsync(userId));
    }

    [Fact]
    public async Task TheSameFileTwiceIsKeptOnce()
    {
        var (library, userId) = await AttestedUserAsync();
        await library.UploadAsync(userId, [new PhotoUpload("a.jpg", Photo())]);
        var again = await library.UploadAsync(userId, [new PhotoUpload("a-copy.jpg", Photo())]);
        Assert.Equal(PhotoUploadStatus.Duplicate, again.Single().Status);
        Assert.Single(await library.ListAsync(userId));
    }

    [Fact]
    public async Task MoreThanTwentyFilesAtOnceAreRefusedPastTheTwentieth()
    {
        var (library, userId) = await AttestedUserAsync();
        var files = Enumerable.Range(0, 21).Select(i => new PhotoUpload($"{i}.jpg", Array.Empty<byte>())).ToList();
        var outcomes = await library.UploadAsync(userId, files);
        Assert.Contains("Only 20 photos", outcomes[20].Message);
        Assert.DoesNotContain("Only 20 photos", outcomes[19].Message);
    }

    [Fact]
    public async Task DeletingAPhotoRemovesItsFilesFromDisk()
    {
        var (library, userId) = await AttestedUserAsync();
        var photo = (await library.UploadAsync(userId, [new PhotoUpload("a.jpg", Photo())])).Single().Photo!;
        var blobs = app.Services.GetRequiredService<IBlobStore>();
        Assert.True(await blobs.ExistsAsync(photo.ModelImageKey));

        Assert.True(await library.DeleteAsync(userId, photo.Id));

        Assert.False(await blobs.ExistsAsync(photo.ModelImageKey));
        Assert.False(await blobs.ExistsAsync(photo.ThumbnailKey));
        Assert.Empty(await library.ListAsync(userId));
    }

    [Fact]
    public async Task TheModelCopyDecodesForImg2ImgOnlyForItsOwner()
    {
        var (library, userId) = await AttestedUserAsync();
        var photo = (await library.UploadAsync(userId, [new PhotoUpload("a.jpg", Photo())])).Single().Photo!;
        using var bitmap = await library.LoadForModelAsync(userId, photo.Id);
        Assert.Equal(photo.Width, bitmap!.Width);
        Assert.Null(await library.LoadForModelAsync("someone-else", photo.Id));
    }

    [Fact]
    public async Task PhotoFilesAreServedToTheOwnerAndAre404ForEveryoneElse()
    {
        var owner = await app.SignedInUserAsync($"owner{Guid.NewGuid():N}@example.com");
        var (library, userId) = await ExistingUserAsync(owner);
        await library.AttestAsync(userId, AttestationKind.Self);
        var photo = (await library.UploadAsync(userId, [new PhotoUpload("a.jpg", Photo())])).Single().Photo!;

        var ownResponse = await owner.GetAsync($"/photos/{photo.Id}/thumb");
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Equal("image/jpeg", ownResponse.Content.Headers.ContentType!.MediaType);

        var stranger = await app.SignedInUserAsync($"stranger{Guid.NewGuid():N}@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/photos/{photo.Id}/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/photos/{photo.Id}/image")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.NewClient().GetAsync($"/photos/{photo.Id}/thumb")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/photos/{Guid.NewGuid()}/thumb")).StatusCode);
    }

    private async Task<(PhotoLibrary, string)> NewUserAsync()
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = $"p{Guid.NewGuid():N}@example.com", Email = $"p{Guid.NewGuid():N}@example.com" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return (app.Services.CreateScope().ServiceProvider.GetRequiredService<PhotoLibrary>(), user.Id);
    }

    private async Task<(PhotoLibrary, string)> AttestedUserAsync()
    {
        var (library, userId) = await NewUserAsync();
        await library.AttestAsync(userId, AttestationKind.Self);
        return (library, userId);
    }

    private async Task<(PhotoLibrary, string)> ExistingUserAsync(HttpClient signedIn)
    {
        var html = await signedIn.GetStringAsync("/Account/Manage");
        var email = System.Text.RegularExpressions.Regex.Match(html, "id=\"profile-email\">([^<]+)<").Groups[1].Value;
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return (app.Services.CreateScope().ServiceProvider.GetRequiredService<PhotoLibrary>(), user!.Id);
    }
}
