using CelebGen.Domain.Billing.Entities;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Data;

public partial class AppDbContext
{
    public DbSet<BillingCustomer> BillingCustomers => Set<BillingCustomer>();
    public DbSet<BillingSubscription> BillingSubscriptions => Set<BillingSubscription>();
    public DbSet<ProcessedStripeEvent> ProcessedStripeEvents => Set<ProcessedStripeEvent>();
    public DbSet<ManualPlanGrant> ManualPlanGrants => Set<ManualPlanGrant>();
}
