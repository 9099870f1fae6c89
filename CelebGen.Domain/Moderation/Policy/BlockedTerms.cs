using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Audit;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Moderation.Policy;

/// <summary>Admin changes to the blocked terms; each one is audited and takes effect at once.</summary>
public sealed class BlockedTerms(IDbContextFactory<AppDbContext> dbFactory, ManagedPromptPolicy policy, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<BlockedTerm>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.BlockedTerms.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.Term).ToListAsync(ct);
    }

    /// <returns>An error the admin can act on, or null when the term was added.</returns>
    public async Task<string?> AddAsync(string term, string category, string actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await MarkAddedAsync(db, term, category, actor, ct) is { } problem)
        {
            return problem;
        }
        await db.SaveChangesAsync(ct);
        Applied();
        return null;
    }

    /// <summary>Adds the term and its audit entry to <paramref name="db"/> for the caller to commit, then call <see cref="Applied"/>.</summary>
    /// <returns>An error the admin can act on, or null when the term was added.</returns>
    internal async Task<string?> MarkAddedAsync(AppDbContext db, string term, string category, string actor, CancellationToken ct)
    {
        term = term.Trim();
        category = category.Trim();
        if (PromptNormalizer.Normalize(term).Trim().Length == 0 || category.Length == 0)
        {
            return "Enter a term with at least one letter or digit, and a category.";
        }
        var normalized = PromptNormalizer.Normalize(term);
        // The terms already stored, and those this context added a moment ago but has not committed yet.
        var existing = await db.BlockedTerms.AsNoTracking().Select(t => t.Term).ToListAsync(ct);
        if (existing.Concat(db.BlockedTerms.Local.Select(t => t.Term)).Any(t => PromptNormalizer.Normalize(t) == normalized))
        {
            return $"\"{term}\" is already blocked.";
        }
        var added = new BlockedTerm { Term = term, Category = category, AddedBy = actor, AddedAt = clock.GetUtcNow() };
        db.BlockedTerms.Add(added);
        audit.Record(db, actor, "policy.term-added", "BlockedTerm", added.Id.ToString(), after: $"{term} ({category})");
        return null;
    }

    /// <summary>Makes committed changes to the terms apply to the next prompt checked.</summary>
    internal void Applied() => policy.Invalidate();

    public async Task<bool> RemoveAsync(Guid id, string actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var term = await db.BlockedTerms.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (term is null)
        {
            return false;
        }
        db.BlockedTerms.Remove(term);
        audit.Record(db, actor, "policy.term-removed", "BlockedTerm", id.ToString(), before: $"{term.Term} ({term.Category})");
        await db.SaveChangesAsync(ct);
        policy.Invalidate();
        return true;
    }
}
