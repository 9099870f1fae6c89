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
        term = term.Trim();
        category = category.Trim();
        if (PromptNormalizer.Normalize(term).Trim().Length == 0 || category.Length == 0)
        {
            return "Enter a term with at least one letter or digit, and a category.";
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var normalized = PromptNormalizer.Normalize(term);
        var existing = await db.BlockedTerms.AsNoTracking().Select(t => t.Term).ToListAsync(ct);
        if (existing.Any(t => PromptNormalizer.Normalize(t) == normalized))
        {
            return $"\"{term}\" is already blocked.";
        }
        var added = new BlockedTerm { Term = term, Category = category, AddedBy = actor, AddedAt = clock.GetUtcNow() };
        db.BlockedTerms.Add(added);
        audit.Record(db, actor, "policy.term-added", "BlockedTerm", added.Id.ToString(), after: $"{term} ({category})");
        await db.SaveChangesAsync(ct);
        policy.Invalidate();
        return null;
    }

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
