using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Running;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CelebGen.Tests.Generation.GenerationAppFactory;

namespace CelebGen.Tests.Generation;

public sealed class QueueAndRecoveryTests
{
    [Fact]
    public async Task CancelingAQueuedJobRefundsItsQuota()
    {
        await using var app = new QueueOnlyAppFactory();
        var userId = await NewUserAsync(app);
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();
        var accepted = Assert.IsType<SubmitResult.Accepted>(await service.SubmitAsync(userId, new GenerationForm { Prompt = "wait" }));
        Assert.Equal(4, (await service.GetQuotaAsync(userId)).Remaining);

        var control = app.Services.CreateScope().ServiceProvider.GetRequiredService<JobControl>();
        Assert.True(await control.CancelAsync(userId, accepted.JobId));

        var job = await WithDbAsync(app, db => db.GenerationJobs.SingleAsync(j => j.Id == accepted.JobId));
        Assert.Equal(GenerationStatus.Canceled, job.Status);
        Assert.Equal(0, job.Units);
        Assert.Equal(5, (await service.GetQuotaAsync(userId)).Remaining);
        Assert.False(await control.CancelAsync("someone-else", accepted.JobId));
    }

    [Fact]
    public async Task QueuedJobsShowHowManyAreAheadPriorityFirst()
    {
        await using var app = new QueueOnlyAppFactory();
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();
        var control = app.Services.CreateScope().ServiceProvider.GetRequiredService<JobControl>();
        var first = (SubmitResult.Accepted)await service.SubmitAsync(await NewUserAsync(app), new GenerationForm { Prompt = "a" });
        var second = (SubmitResult.Accepted)await service.SubmitAsync(await NewUserAsync(app), new GenerationForm { Prompt = "b" });

        Assert.Equal(0, await control.JobsAheadAsync((await WithDbAsync(app, db => db.GenerationJobs.SingleAsync(j => j.Id == first.JobId)))));
        Assert.Equal(1, await control.JobsAheadAsync((await WithDbAsync(app, db => db.GenerationJobs.SingleAsync(j => j.Id == second.JobId)))));
    }

    [Fact]
    public async Task ARunForAJobThatIsNotQueuedDoesNothingAndOneForAJobThisDatabaseLacksFails()
    {
        await using var app = new QueueOnlyAppFactory();
        var service = app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();
        var userId = await NewUserAsync(app);
        var accepted = (SubmitResult.Accepted)await service.SubmitAsync(userId, new GenerationForm { Prompt = "a" });
        await app.Services.CreateScope().ServiceProvider.GetRequiredService<JobControl>().CancelAsync(userId, accepted.JobId);
        var runner = app.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationJobRunner>();

        await runner.RunAsync(accepted.JobId, CancellationToken.None);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(GenerationStatus.Canceled, (await WithDbAsync(app, db => db.GenerationJobs.SingleAsync(j => j.Id == accepted.JobId))).Status);
        Assert.Contains("not in this server's database", failure.Message);
    }

    [Fact]
    public async Task AfterACrashQueuedJobsRunAndInterruptedJobsAreFailedAndRefunded()
    {
        using var folder = new TempFolder();
        Guid queuedId, runningId;
        string userId;
        await using (var before = AppFactory.OverFolder(folder.Path))
        {
            GenerationAppFactory.Install(before, gpuWorker: false);
            userId = await NewUserAsync(before);
            var service = before.Services.CreateScope().ServiceProvider.GetRequiredService<GenerationService>();
            queuedId = ((SubmitResult.Accepted)await service.SubmitAsync(userId, new GenerationForm { Prompt = "queued" })).JobId;
            runningId = ((SubmitResult.Accepted)await service.SubmitAsync(userId, new GenerationForm { Prompt = "was running" })).JobId;
            // The process "dies" while the second job runs: its row says Running, and in-memory Hangfire forgets both.
            await WithDbAsync(before, db => db.GenerationJobs.Where(j => j.Id == runningId)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, GenerationStatus.Running)));
        }

        await using var after = AppFactory.OverFolder(folder.Path);
        GenerationAppFactory.Install(after, gpuWorker: true);
        _ = after.Services;

        var interrupted = await WaitForJobAsync(after, runningId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Failed, interrupted.Status);
        Assert.Equal(0, interrupted.Units);
        Assert.Equal(JobReconciler.InterruptedMessage, interrupted.Error);

        var resumed = await WaitForJobAsync(after, queuedId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Succeeded, resumed.Status);
        Assert.Equal(1, resumed.Units);
    }
}
