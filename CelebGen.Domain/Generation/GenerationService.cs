using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Data;
using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Generation.Quota;
using CelebGen.Domain.Generation.Running;
using CelebGen.Domain.Generation.Styles;
using CelebGen.Domain.Jobs;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Photos;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CelebGen.Domain.Generation;

/// <summary>Turns a form into a queued job: validate, check the prompt policy, reserve quota with the row, enqueue.</summary>
public sealed class GenerationService(
    IDbContextFactory<AppDbContext> dbFactory,
    IDiffusionEngine engine,
    IPlanResolver plans,
    IPromptPolicy policy,
    PhotoLibrary photos,
    IBackgroundJobClient backgroundJobs,
    TimeProvider clock,
    ILogger<GenerationService> logger)
{
    public async Task<QuotaStatus> GetQuotaAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var plan = await plans.GetEffectivePlanAsync(userId, now, ct);
        var (day, resetsAt) = QuotaStatus.DayOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return new QuotaStatus(plan.Plan.DailyImages, await QuotaLedger.UsedAsync(db, userId, day, ct), resetsAt);
    }

    public async Task<SubmitResult> SubmitAsync(string userId, GenerationForm form, CancellationToken ct = default)
    {
        if (engine.Models.Count == 0)
        {
            return new SubmitResult.Refused("No avatar model is installed on this server yet. Ask the administrator to install one.");
        }
        if (await SuspensionOfAsync(userId, ct) is { } suspended)
        {
            return new SubmitResult.Refused(suspended);
        }
        var model = engine.GetModel(form.Model);
        var now = clock.GetUtcNow();
        var plan = (await plans.GetEffectivePlanAsync(userId, now, ct)).Plan;
        if (await GenerationRules.ValidateAsync(form, model, plan, id => photos.FindAsync(id, userId, isAdmin: false, ct)) is { } problem)
        {
            return new SubmitResult.Refused(problem);
        }

        var style = StylePresets.Find(form.StyleId);
        var prompt = style?.Apply(form.Prompt) ?? form.Prompt.Trim();
        var negative = string.IsNullOrWhiteSpace(form.NegativePrompt) ? style?.NegativePrompt ?? "" : form.NegativePrompt.Trim();
        var decision = await policy.CheckAsync(prompt, negative, ct);
        if (!decision.Allowed)
        {
            return new SubmitResult.Refused($"This prompt was refused by the content policy ({decision.Category}). Change it and try again; nothing was charged.");
        }

        var (day, resetsAt) = QuotaStatus.DayOf(now);
        var job = new GenerationJob
        {
            UserId = userId,
            Model = model.Name,
            StyleId = style?.Id,
            UserPrompt = form.Prompt.Trim(),
            Prompt = prompt,
            NegativePrompt = negative,
            Seed = form.Seed ?? Random.Shared.NextInt64(0, 1L << 31),
            Count = form.Count,
            Steps = form.Steps ?? model.Steps,
            Guidance = form.Guidance ?? model.Guidance,
            ReferencePhotoId = form.ReferencePhotoId,
            Strength = form.ReferencePhotoId is null ? null : form.Strength ?? model.Strength,
            Queue = plan.PriorityQueue ? JobQueues.GpuPriority : JobQueues.Gpu,
            PlanName = plan.Name,
            VisibleWatermark = plan.VisibleWatermark,
            Units = form.Count,
            QuotaDay = day,
            CreatedAt = now,
            ProgressTotal = (form.Steps ?? model.Steps) * form.Count,
        };

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await QuotaLedger.TryReserveAsync(db, job, plan.DailyImages, ct))
        {
            var used = await QuotaLedger.UsedAsync(db, userId, day, ct);
            var left = Math.Max(0, plan.DailyImages - used);
            return new SubmitResult.Refused($"Not enough quota left today: {left} of {plan.DailyImages} images left on the {plan.Name} plan. It resets at {resetsAt:HH:mm} UTC.");
        }
        return await EnqueueAsync(db, job, ct);
    }

    /// <summary>Why a suspended account may not queue anything (an open page can still submit after the suspension), or null.</summary>
    private async Task<string?> SuspensionOfAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var suspension = await db.Users.Where(u => u.Id == userId && u.SuspendedAt != null).Select(u => new { u.SuspensionReason }).FirstOrDefaultAsync(ct);
        return suspension is null ? null
            : $"Your account is suspended, so it cannot make images (reason: {suspension.SuspensionReason}). Nothing was charged. Reply to the suspension email if you think this is a mistake.";
    }

    private async Task<SubmitResult> EnqueueAsync(AppDbContext db, GenerationJob job, CancellationToken ct)
    {
        try
        {
            var hangfireId = backgroundJobs.Create<GenerationJobRunner>(r => r.RunAsync(job.Id, CancellationToken.None), new EnqueuedState(job.Queue));
            await db.GenerationJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.HangfireJobId, hangfireId), ct);
            logger.LogInformation("Queued generation {JobId} for {UserId} on {Queue} ({Count} images)", job.Id, job.UserId, job.Queue, job.Count);
            return new SubmitResult.Accepted(job.Id, job.Seed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not enqueue generation {JobId}; refunding", job.Id);
            await db.GenerationJobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, GenerationStatus.Failed)
                .SetProperty(j => j.Units, 0)
                .SetProperty(j => j.Error, "The job queue is not available right now. Nothing was charged; please try again."), ct);
            return new SubmitResult.Refused("The job queue is not available right now. Nothing was charged; please try again.");
        }
    }
}
