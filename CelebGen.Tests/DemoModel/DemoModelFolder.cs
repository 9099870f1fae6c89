namespace CelebGen.Tests.DemoModel;

/// <summary>Where the shipped demo model lives in the repository.</summary>
internal static class DemoModelFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CelebGen.sln"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("CelebGen.sln not found above the test binaries.");
        return System.IO.Path.Combine(dir.FullName, "CelebGen.Web", "DiffusionModels", "cartoon-avatar");
    }
}
