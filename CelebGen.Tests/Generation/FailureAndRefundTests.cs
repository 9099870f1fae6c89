using CelebGen.Domain.Billing.Admin;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Running;
using CelebGen.Tests.Diffusion.TinyModels;
using CelebGen.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CelebGen.Tests.Generation.GenerationAppFactory;

namespace CelebGen.Tests.Generation;

/// <summary>Every way a job can end without images gives the quota back and tells the user why.</summary>
public sealed class FailureAndRefundTests
{
    [Fact]
    public async Task ImagesWithheldByTheSafetyCheckerAreRefunded()
    {
        await using var app = new AppFactory();
        Install(app, gpuWorker: true, spec: new TinyModelSpec { SafetyThreshold = -10f });
        var (userId, service) = await UserAndServiceAsync(app);
        var accepted = (SubmitResult.Accepted)await service.SubmitAsync(userId, new GenerationForm { Prompt = "anything" });

        var job = await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Withheld, job.Status);
        Assert.Equal(0, job.Units);
        Assert.Contains("safety checker", job.Error);
        Assert.Equal(5, (await service.GetQuotaAsync(userId)).Remaining);
    }

    [Fact]
    public async Task ABrokenModelFolderFailsTheJobWithAMessageAndARefund()
    {
        using var empty = new TempFolder();
        await using var app = new AppFactory();
        Install(app, gpuWorker: true, folderOverride: empty.Path);
        var (userId, service) = await UserAndServiceAsync(app);
        var result = await service.SubmitAsync(userId, new GenerationForm { Prompt = "anything" });
        var accepted = Assert.IsType<SubmitResult.Accepted>(result);

        var job = await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Failed, job.Status);
        Assert.Equal(0, job.Units);
        Assert.Contains("model is not installed correctly", job.Error);
    }

    [Fact]
    public async Task CancelingARunningJobStopsItBetweenStepsAndRefunds()
    {
        await using var app = new AppFactory();
        Install(app, gpuWorker: true, slow: true);
        var (userId, service) = await UserAndServiceAsync(app);
        var accepted = (SubmitResult.Accepted)await service.SubmitAsync(userId, new GenerationForm { Prompt = "slow", Steps = 40 });
        await WaitForJobAsync(app, accepted.JobId, j => j.Status == GenerationStatus.Running);

        Assert.True(await app.Services.CreateScope().ServiceProvider.GetRequiredService<JobControl>().CancelAsync(userId, accepted.JobId));

        var job = await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Canceled, job.Status);
        Assert.Equal(0, job.Units);
        Assert.Equal(5, (await service.GetQuotaAsync(userId)).Remaining);
    }

    [Fact]
    public async Task APlanGrantedByAnAdminRaisesTheQuotaAndMovesJobsToThePriorityQueue()
    {
        await using var app = new AppFactory();
        Install(app, gpuWorker: false);
        var (userId, service) = await UserAndServiceAsync(app);
        await app.Services.CreateScope().ServiceProvider.GetRequiredService<ManualGrants>()
            .GrantAsync(userId, PlanTier.Plus, DateTimeOffset.UtcNow.AddDays(30), "beta tester", "admin@test.local");

        Assert.Equal(100, (await service.GetQuotaAsync(userId)).DailyLimit);
        var accepted = Assert.IsType<SubmitResult.Accepted>(await service.SubmitAsync(userId, new GenerationForm { Prompt = "four", Count = 4 }));
        var job = await WaitForJobAsync(app, accepted.JobId, _ => true);
        Assert.Equal("gpu-priority", job.Queue);
        Assert.False(job.VisibleWatermark);
        Assert.Equal(96, (await service.GetQuotaAsync(userId)).Remaining);
    }

    private static async Task<(string, GenerationService)> UserAndServiceAsync(AppFactory app) =>
        (await NewUserAsync(app), app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>());
}
