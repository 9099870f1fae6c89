using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Policy;

/// <summary>
/// The prompt policy admins manage on /admin/policy. The terms are cached in memory and reloaded after every
/// change (<see cref="Invalidate"/>), so a new term takes effect without a restart.
/// </summary>
public sealed class ManagedPromptPolicy(IDbContextFactory<AppDbContext> dbFactory) : IPromptPolicy
{
    private volatile PromptRules? rules;

    public async Task<PromptDecision> CheckAsync(string prompt, string negativePrompt, CancellationToken ct = default) =>
        (await RulesAsync(ct)).Check(prompt);

    public async Task<PromptRules> RulesAsync(CancellationToken ct = default)
    {
        if (rules is { } cached)
        {
            return cached;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var terms = await db.BlockedTerms.AsNoTracking().Select(t => new { t.Term, t.Category }).ToListAsync(ct);
        return rules = new PromptRules(terms.Select(t => (t.Term, t.Category)));
    }

    public void Invalidate() => rules = null;
}
