using CelebGen.Domain.Accounts;
using CelebGen.Domain.Generation.Gallery;
using CelebGen.Domain.Generation.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Generation;

public static class GenerationServices
{
    public static IHostApplicationBuilder AddGeneration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<GenerationService>();
        builder.Services.AddScoped<JobControl>();
        builder.Services.AddScoped<GalleryQuery>();
        builder.Services.AddScoped<GalleryWriter>();
        builder.Services.AddScoped<GenerationJobRunner>();
        builder.Services.AddSingleton<JobProgressNotifier>();
        builder.Services.AddSingleton<JobCancellations>();
        builder.Services.AddHostedService<JobReconciler>();
        builder.Services.AddScoped<IUserDataEraser, GenerationEraser>();
        return builder;
    }
}
