namespace CelebGen.AvatarTrainer;

/// <summary>
/// Runs a training command again when its process dies of a signal (exit code above 128: a segfault in
/// libSkiaSharp or libtorch, or an abort) after it saved a newer checkpoint than it started from. Such
/// crashes came every few hundred steps on the shared box, from native objects that TorchSharp and SkiaSharp
/// free on the finalizer thread; training resumes from the checkpoint (weights, EMA, AdamW state), so a
/// crash costs at most the steps since the last one. A run that dies without progress is not retried.
/// </summary>
internal static class ResumeOnCrash
{
    private const int MaxRestarts = 50;

    public static int Run(string[] args, Func<int> runOnce)
    {
        var checkpoint = CheckpointOf(args);
        for (int restarts = 0; ; restarts++)
        {
            var before = checkpoint is null ? null : Progress(checkpoint);
            int code = runOnce();
            if (checkpoint is null || code <= 128 || restarts >= MaxRestarts) return code;
            var after = Progress(checkpoint);
            if (after is null || after == before) return code;
            Console.WriteLine($"[trainer exited with {code} (signal {code - 128}); resuming from the checkpoint of {after:u} (restart {restarts + 1})]");
        }
    }

    /// <summary>
    /// The file each checkpoint rewrites, for train-unet, the one command that resumes where it stopped
    /// (train-vae reloads its weights but runs all its steps again, so re-running it would not converge).
    /// </summary>
    private static string? CheckpointOf(string[] args)
    {
        if (args.FirstOrDefault() != "train-unet") return null;
        const string file = "dm.step";
        int i = Array.IndexOf(args, "--run");
        var run = i >= 0 && i + 1 < args.Length ? args[i + 1] : "tools/AvatarTrainer/runs/main";
        return Path.Combine(run, file);
    }

    private static DateTime? Progress(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : null;
}
