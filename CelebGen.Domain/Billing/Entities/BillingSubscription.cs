using CelebGen.Domain.Accounts;
using CelebGen.Domain.Billing.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Billing.Entities;

/// <summary>
/// Our copy of one Stripe subscription, always overwritten with the state re-read from Stripe
/// (never with an event's payload), so events arriving out of order cannot regress it.
/// </summary>
public class BillingSubscription
{
    /// <summary>Stripe's <c>sub_…</c> id.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public required string StripeCustomerId { get; set; }
    public string? StripePriceId { get; set; }

    /// <summary>The plan the price maps to; null when the price is not in the catalogue (treated as Free).</summary>
    public PlanTier? Plan { get; set; }

    /// <summary>Stripe's status string: active, trialing, past_due, canceled, unpaid, incomplete, incomplete_expired, paused.</summary>
    public required string Status { get; set; }
    public DateTimeOffset? CurrentPeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }

    /// <summary>When we first saw this subscription past due; the grace period counts from here.</summary>
    public DateTimeOffset? PastDueSince { get; set; }

    /// <summary>Creation time of the newest Stripe event that touched this row.</summary>
    public DateTimeOffset LastEventAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class BillingSubscriptionConfiguration : IEntityTypeConfiguration<BillingSubscription>
{
    public void Configure(EntityTypeBuilder<BillingSubscription> b)
    {
        b.ToTable("BillingSubscriptions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasMaxLength(255);
        b.Property(s => s.StripeCustomerId).HasMaxLength(255);
        b.Property(s => s.StripePriceId).HasMaxLength(255);
        b.Property(s => s.Plan).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Status).HasMaxLength(32);
        b.HasIndex(s => s.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
