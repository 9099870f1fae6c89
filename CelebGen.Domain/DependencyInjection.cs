using CelebGen.Domain.Data;
using CelebGen.Domain.Diffusion;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain;

public static class DependencyInjection
{
    /// <summary>Registers every domain capability. Each capability owns its own Add… extension.</summary>
    public static IHostApplicationBuilder AddCelebGenDomain(this IHostApplicationBuilder builder)
    {
        builder.AddCelebGenData();
        builder.AddDiffusion();
        return builder;
    }
}
