using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing;
using CelebGen.Domain.Data;
using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Email;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Photos;
using CelebGen.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain;

public static class DependencyInjection
{
    /// <summary>Registers every domain capability. Each capability owns its own Add… extension.</summary>
    public static IHostApplicationBuilder AddCelebGenDomain(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddCelebGenData();
        builder.AddStorage();
        builder.AddEmail();
        builder.AddAccounts();
        builder.AddDiffusion();
        builder.AddBilling();
        builder.AddImaging();
        builder.AddPhotos();
        builder.AddModeration();
        builder.AddGeneration();
        return builder;
    }
}
