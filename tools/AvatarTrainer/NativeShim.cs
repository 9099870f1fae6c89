using System.Diagnostics;

namespace CelebGen.AvatarTrainer;

/// <summary>
/// Re-launches the trainer with the libstdc++ shim preloaded (see native/README.md); the dynamic loader only
/// reads LD_PRELOAD at start. The parent then only waits, so it can also resume a training run whose child
/// died of a native crash (see <see cref="ResumeOnCrash"/>).
/// </summary>
internal static class NativeShim
{
    public static int? RelaunchIfNeeded(string[] args)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var shim = Path.Combine(AppContext.BaseDirectory, "ios_init_shim.so");
        var preload = Environment.GetEnvironmentVariable("LD_PRELOAD") ?? "";
        if (!File.Exists(shim) || preload.Contains(shim)) return null;
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the running executable to relaunch.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(NativeShim).Assembly.Location);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["LD_PRELOAD"] = string.IsNullOrEmpty(preload) ? shim : $"{shim}:{preload}";
        return ResumeOnCrash.Run(args, () =>
        {
            using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not relaunch the trainer.");
            child.WaitForExit();
            return child.ExitCode;
        });
    }
}
