using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Billing.Entities;

/// <summary>
/// A Stripe event that has been handled, written in the same transaction as its effects; the primary key on the
/// event id is what makes a replay a no-op (the pattern of eShop's RequestManager).
/// </summary>
public class ProcessedStripeEvent
{
    public required string EventId { get; set; }
    public required string Type { get; set; }

    /// <summary>What the handler did, for support: "applied sub_… (active, Pro)", "ignored: …".</summary>
    public required string Outcome { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}

internal sealed class ProcessedStripeEventConfiguration : IEntityTypeConfiguration<ProcessedStripeEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedStripeEvent> b)
    {
        b.ToTable("ProcessedStripeEvents");
        b.HasKey(e => e.EventId);
        b.Property(e => e.EventId).HasMaxLength(255);
        b.Property(e => e.Type).HasMaxLength(100);
        b.Property(e => e.Outcome).HasMaxLength(500);
    }
}
