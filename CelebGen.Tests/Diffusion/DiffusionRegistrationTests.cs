using CelebGen.Domain.Diffusion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Tests.Diffusion;

public class DiffusionRegistrationTests
{
    [Fact]
    public void Configured_models_expose_their_defaults_and_bounds_without_opening_any_session()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Diffusion:ExecutionProvider"] = "cpu",
            ["Diffusion:DefaultModel"] = "turbo",
            ["Diffusion:Models:sd15:Path"] = "/models/sd15",
            ["Diffusion:Models:turbo:Path"] = "/models/sd-turbo",
            ["Diffusion:Models:turbo:Scheduler"] = "euler",
            ["Diffusion:Models:turbo:Steps"] = "4",
            ["Diffusion:Models:turbo:MaxSteps"] = "8",
            ["Diffusion:Models:turbo:Guidance"] = "0",
        });
        builder.AddDiffusion();
        using var host = builder.Build();

        var engine = host.Services.GetRequiredService<IDiffusionEngine>();

        Assert.Same(engine, host.Services.GetRequiredService<IDiffusionEngine>());
        Assert.Equal(["sd15", "turbo"], engine.Models.Select(m => m.Name).Order());
        var turbo = engine.GetModel();
        Assert.Equal(("turbo", "euler", 4, 8, 0.0), (turbo.Name, turbo.Scheduler, turbo.Steps, turbo.MaxSteps, turbo.Guidance));
        Assert.Equal(512, engine.GetModel("SD15").Width);
        Assert.Contains("sd15, turbo", Assert.Throws<ArgumentException>(() => engine.GetModel("sdxl")).Message);
    }
}
