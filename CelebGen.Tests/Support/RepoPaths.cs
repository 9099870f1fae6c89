namespace CelebGen.Tests.Support;

/// <summary>Finds the repository (the folder holding CelebGen.sln) and the shared test data beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Natural photos shared by the project (../shared/testdata/images, see its SOURCES.md).</summary>
    public static string TestImages { get; } = FindTestImages();

    /// <summary>Where tests leave artifacts worth looking at (screenshots); kept out of git.</summary>
    public static string Artifacts(string area)
    {
        var path = Path.Combine(Root, "artifacts", area);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindTestImages()
    {
        var folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", "testdata", "images"));
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The shared test photos are not at {folder}: the tests expect the project's shared/ folder beside the checkout.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CelebGen.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No CelebGen.sln above {AppContext.BaseDirectory}.");
    }
}
