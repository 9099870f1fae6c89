using CelebGen.Domain.Moderation.Audit;
using CelebGen.Domain.Moderation.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Moderation;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).IsRequired().HasMaxLength(256);
        entry.Property(e => e.Action).IsRequired().HasMaxLength(64);
        entry.Property(e => e.TargetType).IsRequired().HasMaxLength(64);
        entry.Property(e => e.TargetId).IsRequired().HasMaxLength(256);
        entry.Property(e => e.Before).HasMaxLength(1000);
        entry.Property(e => e.After).HasMaxLength(1000);
        entry.Property(e => e.Reason).HasMaxLength(1000);
        entry.HasIndex(e => e.Action);
        entry.HasIndex(e => e.At);
    }
}

internal sealed class BlockedTermConfiguration : IEntityTypeConfiguration<BlockedTerm>
{
    public void Configure(EntityTypeBuilder<BlockedTerm> term)
    {
        term.ToTable("BlockedTerms");
        term.HasKey(t => t.Id);
        term.Property(t => t.Term).IsRequired().HasMaxLength(200);
        term.Property(t => t.Category).IsRequired().HasMaxLength(64);
        term.Property(t => t.AddedBy).IsRequired().HasMaxLength(256);
        term.HasIndex(t => t.Term).IsUnique();
    }
}
