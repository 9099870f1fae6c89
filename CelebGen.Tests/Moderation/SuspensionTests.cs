using System.Net;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Moderation;
using CelebGen.Domain.Moderation.Suspension;
using CelebGen.Tests.Generation;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CelebGen.Tests.Moderation.TakedownSteps;

namespace CelebGen.Tests.Moderation;

/// <summary>
/// No GPU worker, so submitted jobs stay queued; cookies are rechecked on every request, so the test sees a
/// suspension end a session without waiting for the default minute.
/// </summary>
public sealed class SuspensionAppFactory : AppFactory
{
    public SuspensionAppFactory()
    {
        GenerationAppFactory.Install(this, gpuWorker: false);
        With("Accounts:SessionCheckSeconds", "0");
    }
}

public sealed class SuspensionTests(SuspensionAppFactory app) : IClassFixture<SuspensionAppFactory>
{
    private const string Reason = "Three upheld impersonation reports.";

    [Fact]
    public async Task ASuspendedAccountLosesItsSessionCannotSignInOrGenerateAndItsQueuedJobIsRefundedUntilLifted()
    {
        var email = NewEmail("suspend");
        var session = await app.SignedInUserAsync(email);
        var userId = await app.IdOfAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/dashboard")).StatusCode);
        var queued = Assert.IsType<SubmitResult.Accepted>(await app.Get<GenerationService>().SubmitAsync(userId, new GenerationForm { Prompt = "waiting" }));

        Assert.IsType<ModerationResult.Done>(await app.Get<AccountSuspensions>().SuspendAsync(await app.AdminAsync(), userId, Reason));

        var job = await GenerationAppFactory.WithDbAsync(app, db => db.GenerationJobs.AsNoTracking().SingleAsync(j => j.Id == queued.JobId));
        Assert.Equal((GenerationStatus.Canceled, 0), (job.Status, job.Units));
        var afterSuspension = await session.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, afterSuspension.StatusCode);
        Assert.StartsWith("/Account/Login", afterSuspension.RedirectPath());
        var login = await app.NewClient().LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("This account is suspended", await login.Content.ReadAsStringAsync());
        // A wrong password gets the usual answer: a suspension is told only to whoever knows the password.
        Assert.DoesNotContain("suspended", await (await app.NewClient().LoginAsync(email, "Wr0ng!Password")).Content.ReadAsStringAsync());
        var refused = Assert.IsType<SubmitResult.Refused>(await app.Get<GenerationService>().SubmitAsync(userId, new GenerationForm { Prompt = "again" }));
        Assert.Contains("suspended", refused.Message);
        Assert.Contains(Reason, refused.Message);
        Assert.Contains(app.Outbox.MessagesTo(email), m => (m.Subject ?? "").Contains("suspended") && (m.TextBody ?? "").Contains(Reason));

        Assert.IsType<ModerationResult.Done>(await app.Get<AccountSuspensions>().LiftAsync(await app.AdminAsync(), userId, "Reports were withdrawn."));

        Assert.Equal(HttpStatusCode.Redirect, (await app.NewClient().LoginAsync(email)).StatusCode);
        Assert.IsType<SubmitResult.Accepted>(await app.Get<GenerationService>().SubmitAsync(userId, new GenerationForm { Prompt = "back" }));
        Assert.Contains(app.Outbox.MessagesTo(email), m => (m.Subject ?? "").Contains("active again"));
        Assert.Equal(
            [(AccountSuspensions.SuspendedAction, "active", "suspended", Reason), (AccountSuspensions.LiftedAction, "suspended", "active", "Reports were withdrawn.")],
            (await app.AuditOfAsync(email)).Select(e => (e.Action, e.Before!, e.After!, e.Reason!)));
    }

    [Fact]
    public async Task AdminsCannotBeSuspendedNonAdminsCannotSuspendAndAReasonIsRequired()
    {
        var suspensions = app.Get<AccountSuspensions>();
        var admin = await app.AdminAsync();
        var adminId = await app.IdOfAsync(AppFactory.AdminEmail);
        Assert.Contains("administrator", Assert.IsType<ModerationResult.Refused>(await suspensions.SuspendAsync(admin, adminId, Reason)).Message);

        var userEmail = NewEmail("plain");
        await app.SignedInUserAsync(userEmail);
        var targetId = await GenerationAppFactory.NewUserAsync(app);
        Assert.Same(ModerationResult.NotAnAdmin, await suspensions.SuspendAsync(await app.PrincipalAsync(userEmail), targetId, Reason));
        Assert.Contains("Give a reason", (await suspensions.SuspendAsync(admin, targetId, "")).Message);
        Assert.Contains("not suspended", (await suspensions.LiftAsync(admin, targetId, Reason)).Message);

        var suspended = await GenerationAppFactory.WithDbAsync(app, db => db.Users.CountAsync(u => (u.Id == adminId || u.Id == targetId) && u.SuspendedAt != null));
        Assert.Equal(0, suspended);
    }
}
