using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Diffusion;

public static class DiffusionRegistration
{
    /// <summary>Binds <c>Diffusion</c> configuration and registers the singleton <see cref="IDiffusionEngine"/>.</summary>
    public static IHostApplicationBuilder AddDiffusion(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DiffusionOptions>(builder.Configuration.GetSection(DiffusionOptions.Section));
        builder.Services.PostConfigure<DiffusionOptions>(BundledDemoModel.AddIfNoneConfigured);
        builder.Services.AddSingleton<DiffusionEngine>();
        builder.Services.AddSingleton<IDiffusionEngine>(sp => sp.GetRequiredService<DiffusionEngine>());
        return builder;
    }
}
