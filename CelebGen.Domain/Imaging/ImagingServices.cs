using CelebGen.Domain.Imaging.Hashing;
using CelebGen.Domain.Imaging.Intake;
using CelebGen.Domain.Imaging.Verification;
using CelebGen.Domain.Imaging.Visible;
using CelebGen.Domain.Imaging.Watermarking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Imaging;

public static class ImagingServices
{
    /// <summary>Registers photo intake, watermarking (visible + invisible), perceptual hashing and the finisher. All are stateless.</summary>
    public static IHostApplicationBuilder AddImaging(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PhotoIntakeOptions>(builder.Configuration.GetSection(PhotoIntakeOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => new InvisibleWatermarkEncoder());
        builder.Services.AddSingleton<InvisibleWatermarkDecoder>();
        builder.Services.AddSingleton<VisibleWatermarkPainter>();
        builder.Services.AddSingleton<PerceptualHasher>();
        builder.Services.AddSingleton<PhotoIntakeService>();
        builder.Services.AddSingleton<GeneratedImageFinisher>();
        builder.Services.AddSingleton<ImageVerifier>();
        return builder;
    }
}
