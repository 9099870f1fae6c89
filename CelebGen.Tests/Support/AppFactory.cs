using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Support;

/// <summary>
/// The real app host over its own data folder (SQLite file, outbox, blobs). Pass a folder to share it between
/// two hosts (a restart); call <see cref="StartKestrel"/> for a real socket on 127.0.0.1 that a browser can use.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string? dataRoot;

    /// <summary>A host over a fresh data folder of its own (what xunit class fixtures get).</summary>
    public AppFactory()
    {
        ownedFolder = new TempFolder();
    }

    private AppFactory(string dataRoot) => this.dataRoot = dataRoot;

    /// <summary>A host over an existing data folder, e.g. to start the app a second time over the same state.</summary>
    public static AppFactory OverFolder(string dataRoot) => new(dataRoot);

    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Pass-123!";

    private readonly TempFolder? ownedFolder;
    private readonly Dictionary<string, string?> settings = [];

    public string DataRoot => dataRoot ?? ownedFolder!.Path;

    public Outbox Outbox => new(Path.Combine(DataRoot, "outbox"));

    /// <summary>Adds a configuration value (before the host starts).</summary>
    public AppFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Starts the app on a real Kestrel socket and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Data:Root", DataRoot);
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            ownedFolder?.Dispose();
        }
    }
}
