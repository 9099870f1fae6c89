using System.Security.Claims;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Admin;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation.Takedowns;
using CelebGen.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CelebGen.Tests.Generation.GenerationAppFactory;

namespace CelebGen.Tests.Moderation;

/// <summary>The steps the takedown tests share, done through the app's own services on a running host.</summary>
public static class TakedownSteps
{
    /// <summary>As long as <see cref="GenerationAppFactory.WaitForJobAsync"/> waits for a generation: ample on a loaded machine.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static T Get<T>(this AppFactory app) where T : notnull => app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>The principal Identity builds for this account at sign-in, roles included.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(this AppFactory app, string email)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
    }

    public static Task<ClaimsPrincipal> AdminAsync(this AppFactory app) => app.PrincipalAsync(AppFactory.AdminEmail);

    public static Task<string> EmailOfAsync(this AppFactory app, string userId) =>
        WithDbAsync(app, db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());

    public static Task<string> IdOfAsync(this AppFactory app, string email) =>
        WithDbAsync(app, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    /// <summary>Makes real images with the tiny model through Hangfire; more than one needs a plan that allows it, so it grants Plus.</summary>
    public static async Task<IReadOnlyList<GalleryImage>> GenerateAsync(this AppFactory app, string userId, string prompt, int count = 1)
    {
        if (count > 1)
        {
            await app.Get<ManualGrants>().GrantAsync(userId, PlanTier.Plus, DateTimeOffset.UtcNow.AddDays(30), "takedown test", AppFactory.AdminEmail);
        }
        var submitted = await app.Get<GenerationService>().SubmitAsync(userId, new GenerationForm { Prompt = prompt, Count = count });
        var accepted = submitted as SubmitResult.Accepted ?? throw new InvalidOperationException($"The generation was refused: {submitted}");
        var job = await WaitForJobAsync(app, accepted.JobId, j => j.IsFinished);
        Assert.Equal(GenerationStatus.Succeeded, job.Status);
        return await WithDbAsync(app, db => db.GalleryImages.AsNoTracking().Where(i => i.JobId == job.Id).OrderBy(i => i.Index).ToListAsync());
    }

    /// <summary>Files a request through the public intake naming an image by its code, and waits for the matching job.</summary>
    public static async Task<TakedownRequest> ReportAsync(this AppFactory app, string referenceCode, string reporterEmail,
        TakedownCategory category = TakedownCategory.LikenessWithoutConsent, TakedownEvidence? evidence = null)
    {
        var form = new TakedownForm
        {
            ReporterName = "Rae Porter", ReporterEmail = reporterEmail, Category = category, ReferenceCode = referenceCode,
            Description = "This image shows my face and I never agreed to it.", GoodFaith = true, Signature = "Rae Porter",
        };
        // Each report from its own address, so the per-IP limit of the public form never decides a test.
        var accepted = Assert.IsType<TakedownSubmitResult.Accepted>(await app.Get<TakedownIntake>().SubmitAsync(form, $"10.0.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}", evidence));
        return await UntilAsync(() => RequestAsync(app, accepted.TrackingNumber), r => r.MatchedAt is not null);
    }

    public static Task<TakedownRequest> RequestAsync(this AppFactory app, string trackingNumber) =>
        WithDbAsync(app, db => db.TakedownRequests.AsNoTracking().SingleAsync(r => r.TrackingNumber == trackingNumber));

    public static Task<GalleryImage> ImageAsync(this AppFactory app, Guid imageId) =>
        WithDbAsync(app, db => db.GalleryImages.AsNoTracking().SingleAsync(i => i.Id == imageId));

    /// <summary>The audit entries about one target, oldest first.</summary>
    public static Task<List<Domain.Moderation.Audit.AuditEntry>> AuditOfAsync(this AppFactory app, string targetId) =>
        WithDbAsync(app, db => db.AuditEntries.AsNoTracking().Where(e => e.TargetId == targetId).OrderBy(e => e.Id).ToListAsync());

    public static string NewEmail(string prefix) => $"{prefix}{Guid.NewGuid():N}@example.com";

    private static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not done after {Patience.TotalSeconds} s: {value}");
            }
            await Task.Delay(100);
        }
    }
}
