using CelebGen.Domain.Data;
using CelebGen.Domain.Storage;
using CelebGen.Tests.Support;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Storage;

public sealed class DiskBlobStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly DiskBlobStore store;

    public DiskBlobStoreTests() => store = new DiskBlobStore(Options.Create(new DataOptions { Root = folder.Path }));

    [Fact]
    public async Task ABlobWrittenCanBeReadBackByItsKey()
    {
        await store.PutAsync("users/u1/images/a.png", new MemoryStream([1, 2, 3]));
        await using var read = await store.OpenReadAsync("users/u1/images/a.png");
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal([1, 2, 3], copy.ToArray());
    }

    [Fact]
    public async Task AMissingBlobReadsAsNull() => Assert.Null(await store.OpenReadAsync("users/u1/none.png"));

    [Fact]
    public async Task DeletingAUserPrefixRemovesOnlyThatUsersFiles()
    {
        await store.PutAsync("users/u1/photos/a.jpg", new MemoryStream([1]));
        await store.PutAsync("users/u1/images/b.png", new MemoryStream([2]));
        await store.PutAsync("users/u10/images/c.png", new MemoryStream([3]));

        await store.DeletePrefixAsync(BlobKey.UserPrefix("u1"));

        Assert.False(await store.ExistsAsync("users/u1/photos/a.jpg"));
        Assert.False(await store.ExistsAsync("users/u1/images/b.png"));
        Assert.True(await store.ExistsAsync("users/u10/images/c.png"));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "blobs", "users", "u1")));
    }

    [Fact]
    public async Task AFailedWriteLeavesNoPartialBlob()
    {
        await Assert.ThrowsAsync<IOException>(() => store.PutAsync("users/u1/a.bin", new FailingStream()));
        Assert.False(await store.ExistsAsync("users/u1/a.bin"));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "blobs", "users", "u1")));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("users/../../etc/passwd")]
    [InlineData("/absolute")]
    [InlineData("users//double")]
    [InlineData("users\\windows")]
    public void KeysThatCouldEscapeTheStoreAreRejected(string key) =>
        Assert.Throws<ArgumentException>(() => BlobKey.Validate(key));

    public void Dispose() => folder.Dispose();

    private sealed class FailingStream : MemoryStream
    {
        public FailingStream() : base([1, 2, 3]) { }

        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken ct) => throw new IOException("disk full");
    }
}
