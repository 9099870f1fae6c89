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

internal sealed class TakedownRequestConfiguration : IEntityTypeConfiguration<Takedowns.TakedownRequest>
{
    public void Configure(EntityTypeBuilder<Takedowns.TakedownRequest> request)
    {
        request.ToTable("TakedownRequests");
        request.HasKey(r => r.Id);
        request.Property(r => r.TrackingNumber).IsRequired().HasMaxLength(16);
        request.HasIndex(r => r.TrackingNumber).IsUnique();
        request.Property(r => r.ReporterName).IsRequired().HasMaxLength(200);
        request.Property(r => r.ReporterEmail).IsRequired().HasMaxLength(256);
        request.Property(r => r.Relationship).HasConversion<string>().HasMaxLength(32);
        request.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
        // A concurrency token: two admins deciding the same request at once cannot both apply; the later write finds
        // the status changed and is refused whole.
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        request.Property(r => r.ReferenceCode).HasMaxLength(20);
        request.Property(r => r.SeenAtUrl).HasMaxLength(2000);
        request.Property(r => r.Description).IsRequired().HasMaxLength(4000);
        request.Property(r => r.Signature).IsRequired().HasMaxLength(200);
        request.Property(r => r.EvidenceKey).HasMaxLength(200);
        request.Property(r => r.ReporterIp).IsRequired().HasMaxLength(64);
        request.Property(r => r.DecidedBy).HasMaxLength(256);
        request.Property(r => r.DecisionReason).HasMaxLength(1000);
        request.HasIndex(r => new { r.Status, r.CreatedAt });
        request.HasIndex(r => new { r.ReporterIp, r.CreatedAt });
        request.HasIndex(r => new { r.ReporterEmail, r.CreatedAt });
    }
}

internal sealed class TakedownMatchConfiguration : IEntityTypeConfiguration<Takedowns.TakedownMatch>
{
    public void Configure(EntityTypeBuilder<Takedowns.TakedownMatch> match)
    {
        match.ToTable("TakedownMatches");
        match.HasKey(m => m.Id);
        match.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        match.HasOne<Takedowns.TakedownRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        match.HasIndex(m => new { m.RequestId, m.ImageId }).IsUnique();
    }
}

internal sealed class TakedownStrikeConfiguration : IEntityTypeConfiguration<Takedowns.TakedownStrike>
{
    public void Configure(EntityTypeBuilder<Takedowns.TakedownStrike> strike)
    {
        strike.ToTable("TakedownStrikes");
        strike.HasKey(s => s.Id);
        strike.Property(s => s.UserId).IsRequired().HasMaxLength(450);
        strike.HasOne<Takedowns.TakedownRequest>().WithMany().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        // One strike per request and account however many actions the request took; counted per account.
        strike.HasIndex(s => new { s.RequestId, s.UserId }).IsUnique();
        strike.HasIndex(s => s.UserId);
    }
}
