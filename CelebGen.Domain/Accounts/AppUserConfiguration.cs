using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Accounts;

/// <summary>Our columns on Identity's user table; Identity configures its own.</summary>
internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.SuspendedBy).HasMaxLength(256);
        user.Property(u => u.SuspensionReason).HasMaxLength(1000);
    }
}
