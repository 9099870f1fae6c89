using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Storage;

public static class StorageServices
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IBlobStore, DiskBlobStore>();
        return builder;
    }
}
