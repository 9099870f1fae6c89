using System.Diagnostics;
using CelebGen.Domain;
using CelebGen.Domain.Data;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Gallery;
using CelebGen.Tests.Diffusion.TinyModels;
using CelebGen.Web.Hosting;
using JourneyBench;
using Microsoft.EntityFrameworkCore;

// Usage: dotnet run --project tools/JourneyBench -c Release [-- --jobs 20 --images 10000 --submissions 400]
var jobs = Args.Int(args, "--jobs", 20);
var images = Args.Int(args, "--images", 10_000);
var submissions = Args.Int(args, "--submissions", 400);

var root = Directory.CreateTempSubdirectory("celebgen-journeybench-").FullName;
Console.WriteLine($"data folder: {root}");
await using (var app = await BenchHost.StartAsync(root, gpuWorker: true, TinyModelFolder.Create(new TinyModelSpec())))
{
    var latencies = await SubmitToStart.MeasureAsync(app.Services, jobs);
    Report.Line("submit → job start, idle queue", latencies);
    var gallery = await GalleryLoad.MeasureAsync(app.Services, images);
    Report.Line($"gallery page 1 of {images:N0} images (24 per page)", gallery.First);
    Report.Line($"gallery last page of {images:N0} images", gallery.Last);
}
await using (var app = await BenchHost.StartAsync(root, gpuWorker: false, TinyModelFolder.Create(new TinyModelSpec())))
{
    foreach (var parallel in new[] { 1, 4 })
    {
        var (count, elapsed) = await QuotaThroughput.MeasureAsync(app.Services, submissions, parallel);
        Console.WriteLine($"{"submissions through the quota path, " + parallel + " at a time",-52} {count / elapsed.TotalSeconds,8:0} per second ({count} in {elapsed.TotalMilliseconds:0} ms)");
    }
}
Directory.Delete(root, recursive: true);
