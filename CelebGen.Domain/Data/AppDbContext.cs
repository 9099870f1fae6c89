using CelebGen.Domain.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Data;

/// <summary>
/// The one database of the app. It is partial so that each capability can add its
/// DbSets in its own folder; entity configuration is picked up from the assembly.
/// </summary>
public partial class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
