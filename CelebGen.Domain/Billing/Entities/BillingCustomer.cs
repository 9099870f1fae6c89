using CelebGen.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Billing.Entities;

/// <summary>The one Stripe customer of a user, created on first checkout and reused for every later session.</summary>
public class BillingCustomer
{
    public required string UserId { get; set; }
    public required string StripeCustomerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class BillingCustomerConfiguration : IEntityTypeConfiguration<BillingCustomer>
{
    public void Configure(EntityTypeBuilder<BillingCustomer> b)
    {
        b.ToTable("BillingCustomers");
        b.HasKey(c => c.UserId);
        b.Property(c => c.StripeCustomerId).HasMaxLength(255);
        b.HasIndex(c => c.StripeCustomerId).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
