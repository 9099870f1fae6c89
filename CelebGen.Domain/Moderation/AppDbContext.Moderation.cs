using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Policy;
using CelebGen.Domain.Moderation.Takedowns;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Data;

public partial class AppDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<BlockedTerm> BlockedTerms => Set<BlockedTerm>();
    public DbSet<TakedownRequest> TakedownRequests => Set<TakedownRequest>();
    public DbSet<TakedownMatch> TakedownMatches => Set<TakedownMatch>();
    public DbSet<TakedownStrike> TakedownStrikes => Set<TakedownStrike>();
}
