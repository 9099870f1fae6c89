using System.Text.Json;
using CelebGen.AvatarTrainer.Model;
using CelebGen.AvatarTrainer.Training;
using CelebGen.Onnx;
using TorchSharp;
using static TorchSharp.torch;

namespace CelebGen.AvatarTrainer.Export;

/// <summary>
/// The reverse of <see cref="ExportCommand"/>: reads an exported SD ONNX folder's weights back into a run
/// directory (vae.bin, dm.bin = dm_ema.bin, latent_stats.json, dm.step = 0), so training can go on from the
/// shipped model without its original checkpoints. The initializer names carry no parameter names, so it
/// exports a copy of the model whose every parameter is filled with its own marker constant and reads off
/// which initializer holds which parameter; that only works for the architecture that made the folder,
/// and the command checks it by exporting the imported weights again and comparing every initializer.
/// </summary>
internal static class ImportCommand
{
    private const float MarkerBase = 100_000f;
    private static readonly LatentStats MarkerStats = new([-1001f, -1002f, -1003f, -1004f], [7f, 11f, 13f, 17f]);

    public static int Run(string modelDir, string runDir, bool force)
    {
        torch.set_num_threads(1);
        if (File.Exists(Path.Combine(runDir, "dm.bin")) && !force)
        {
            Console.Error.WriteLine($"{runDir} already holds a checkpoint; pass --force true to overwrite it.");
            return 1;
        }
        var (ae, dm) = (new AutoEncoder(1), new DiffusionModel(1));
        var all = ae.Params.All.Concat(dm.Params.All).ToList();
        using (no_grad())
            for (int i = 0; i < all.Count; i++) all[i].fill_(MarkerBase + i);
        var found = new bool[all.Count];
        var real = new float[all.Count][];
        float[]? mean = null, std = null;
        foreach (var (folder, graph) in Graphs(ae, dm, MarkerStats))
        {
            foreach (var (init, stored) in Pairs(folder, graph, modelDir).Where(p => p.Ours.DataType == OnnxDataType.Float))
            {
                var marker = OnnxInitializerReader.Floats(init);
                var values = OnnxInitializerReader.Floats(stored);
                if (values.Length != marker.Length) throw new InvalidDataException($"{folder}: {init.Name} has {values.Length} values, expected {marker.Length}.");
                int k = (int)(marker[0] - MarkerBase);
                if (k >= 0 && k < all.Count && marker.All(v => v == MarkerBase + k) && marker.Length == all[k].numel())
                    (real[k], found[k]) = (values, true);
                else if (folder == "vae_decoder" && marker.SequenceEqual(MarkerStats.Std.Select(s => s * OnnxExporter.ScalingFactor)))
                    std = values.Select(v => v / OnnxExporter.ScalingFactor).ToArray();
                else if (folder == "vae_decoder" && marker.SequenceEqual(MarkerStats.Mean))
                    mean = values;
            }
        }
        if (found.Contains(false) || mean is null || std is null)
            throw new InvalidDataException($"{found.Count(f => !f)} parameters or the latent statistics were not found in {modelDir}.");
        using (no_grad())
            for (int i = 0; i < all.Count; i++) all[i].copy_(tensor(real[i], all[i].shape));
        var stats = new LatentStats(mean, std);

        Directory.CreateDirectory(runDir);
        ae.Params.Save(Path.Combine(runDir, "vae.bin"));
        dm.Params.Save(Path.Combine(runDir, "dm.bin"));
        dm.Params.Save(Path.Combine(runDir, "dm_ema.bin"));
        File.WriteAllText(Path.Combine(runDir, "dm.step"), "0");
        File.WriteAllText(Path.Combine(runDir, "latent_stats.json"), JsonSerializer.Serialize(stats));
        Console.WriteLine($"imported {all.Count} parameter tensors ({ae.Params.Count + dm.Params.Count:N0} values) and the latent statistics from {modelDir} into {runDir}");
        return RoundTrip(ae, dm, stats, modelDir) ? 0 : 1;
    }

    private static IEnumerable<(string Folder, OnnxGraph Graph)> Graphs(AutoEncoder ae, DiffusionModel dm, LatentStats stats) =>
    [
        ("text_encoder", OnnxExporter.TextEncoderGraph(dm)), ("unet", OnnxExporter.UNetGraph(dm)),
        ("vae_decoder", OnnxExporter.VaeDecoderGraph(ae, stats)), ("vae_encoder", OnnxExporter.VaeEncoderGraph(ae, stats)),
    ];

    /// <summary>
    /// Each initializer of our graph with the folder's at the same position. Positions, not names: the small
    /// constants' names come from a process-wide counter (GraphExtensions), so they depend on what was exported
    /// before in the same process; the order of the initializers does not.
    /// </summary>
    private static IEnumerable<(OnnxTensor Ours, OnnxTensor Stored)> Pairs(string folder, OnnxGraph graph, string modelDir)
    {
        var stored = OnnxInitializerReader.Read(Path.Combine(modelDir, folder, "model.onnx"));
        if (stored.Count != graph.Initializers.Count)
            throw new InvalidDataException($"{folder}: {stored.Count} initializers, this trainer's architecture exports {graph.Initializers.Count}.");
        for (int i = 0; i < stored.Count; i++)
        {
            var (ours, theirs) = (graph.Initializers[i], stored[i]);
            if (ours.DataType != theirs.DataType || !ours.Dims.SequenceEqual(theirs.Dims))
                throw new InvalidDataException($"{folder}: initializer {i} ({theirs.Name}) is {theirs.DataType} [{string.Join(",", theirs.Dims)}], this architecture has {ours.DataType} [{string.Join(",", ours.Dims)}].");
            yield return (ours, theirs);
        }
    }

    /// <summary>Exports the imported weights again and compares every initializer with the folder's.</summary>
    private static bool RoundTrip(AutoEncoder ae, DiffusionModel dm, LatentStats stats, string modelDir)
    {
        double worst = 0;
        int differing = 0;
        foreach (var (folder, graph) in Graphs(ae, dm, stats))
        {
            foreach (var (init, want) in Pairs(folder, graph, modelDir))
            {
                if (want.RawData.AsSpan().SequenceEqual(init.RawData)) continue;
                differing++;
                if (init.DataType != OnnxDataType.Float) { worst = double.PositiveInfinity; continue; }
                var (a, b) = (OnnxInitializerReader.Floats(init), OnnxInitializerReader.Floats(want));
                worst = Math.Max(worst, a.Zip(b, (x, y) => (double)Math.Abs(x - y)).Max());
            }
        }
        bool ok = worst <= 1e-6;
        Console.WriteLine($"round trip: {differing} initializers differ from the folder's bytes, max |difference| {worst:E2} {(ok ? "ok" : "FAIL")}");
        return ok;
    }
}
