using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Billing.Entities;

/// <summary>A plan given by an admin without Stripe, valid until it expires or is revoked.</summary>
public class ManualPlanGrant
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public PlanTier Plan { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string GrantedBy { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

internal sealed class ManualPlanGrantConfiguration : IEntityTypeConfiguration<ManualPlanGrant>
{
    public void Configure(EntityTypeBuilder<ManualPlanGrant> b)
    {
        b.ToTable("ManualPlanGrants");
        b.HasKey(g => g.Id);
        b.Property(g => g.Plan).HasConversion<string>().HasMaxLength(16);
        b.Property(g => g.GrantedBy).HasMaxLength(256);
        b.Property(g => g.RevokedBy).HasMaxLength(256);
        b.Property(g => g.Reason).HasMaxLength(500);
        b.HasIndex(g => g.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
