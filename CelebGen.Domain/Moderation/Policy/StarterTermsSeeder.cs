using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Moderation.Policy;

/// <summary>
/// Seeds the starter list (sexual content, minors) once, on the first start. The audit entry marks it done,
/// so terms an admin later removes do not come back.
/// </summary>
public sealed class StarterTermsSeeder(IServiceScopeFactory scopes, IOptions<PromptPolicyOptions> starter, TimeProvider clock) : IHostedService
{
    public const string SeededAction = "policy.seeded";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        if (await db.AuditEntries.AnyAsync(e => e.Action == SeededAction, ct))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var terms = starter.Value.BlockedTerms.SelectMany(c => c.Value.Select(t => new BlockedTerm { Term = t, Category = c.Key, AddedBy = AuditEntry.System, AddedAt = now })).ToList();
        db.BlockedTerms.AddRange(terms);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record(db, AuditEntry.System, SeededAction, "PromptPolicy", "starter", after: $"{terms.Count} terms");
        await db.SaveChangesAsync(ct);
        scope.ServiceProvider.GetRequiredService<ManagedPromptPolicy>().Invalidate();
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
