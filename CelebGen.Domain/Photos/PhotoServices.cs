using CelebGen.Domain.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Photos;

public static class PhotoServices
{
    public static IHostApplicationBuilder AddPhotos(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PhotoLibrary>();
        builder.Services.AddScoped<IUserDataEraser, PhotoEraser>();
        return builder;
    }
}
