using CelebGen.Domain;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace JourneyBench;

/// <summary>The app's domain and job host as Program.cs wires them (no web pipeline), over one data folder.</summary>
internal static class BenchHost
{
    public static async Task<WebApplication> StartAsync(string root, bool gpuWorker, string modelFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Root"] = root,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Diffusion:ExecutionProvider"] = "cpu",
            ["Diffusion:DefaultModel"] = "tiny",
            ["Diffusion:Models:tiny:Path"] = modelFolder,
            ["Diffusion:Models:tiny:Width"] = "64",
            ["Diffusion:Models:tiny:Height"] = "64",
            ["Diffusion:Models:tiny:MinSize"] = "64",
            ["Diffusion:Models:tiny:Steps"] = "4",
            // Room for the throughput run: the quota check still runs on every submission.
            ["Plans:Free:DailyImages"] = "1000000",
            ["Jobs:RunGpuWorker"] = gpuWorker ? "true" : "false",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCelebGenDomain();
        builder.AddCelebGenIdentity();
        builder.AddCelebGenJobs();
        var app = builder.Build();
        await app.Services.MigrateCelebGenDatabaseAsync();
        await app.StartAsync();
        return app;
    }

    public static async Task<string> UserAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
            await users.CreateAsync(user);
        }
        return user.Id;
    }
}
