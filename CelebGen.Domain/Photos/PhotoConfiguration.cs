using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Photos;

internal sealed class ReferencePhotoConfiguration : IEntityTypeConfiguration<ReferencePhoto>
{
    public void Configure(EntityTypeBuilder<ReferencePhoto> photo)
    {
        photo.ToTable("ReferencePhotos");
        photo.HasKey(p => p.Id);
        photo.Property(p => p.UserId).IsRequired().HasMaxLength(450);
        photo.Property(p => p.FileName).IsRequired().HasMaxLength(255);
        photo.Property(p => p.Sha256).IsRequired().HasMaxLength(64);
        photo.HasIndex(p => new { p.UserId, p.Sha256 }).IsUnique();
        photo.HasIndex(p => new { p.UserId, p.CreatedAt });
        photo.Ignore(p => p.ModelImageKey);
        photo.Ignore(p => p.ThumbnailKey);
    }
}

internal sealed class PhotoAttestationConfiguration : IEntityTypeConfiguration<PhotoAttestation>
{
    public void Configure(EntityTypeBuilder<PhotoAttestation> attestation)
    {
        attestation.ToTable("PhotoAttestations");
        attestation.HasKey(a => a.Id);
        attestation.Property(a => a.UserId).IsRequired().HasMaxLength(450);
        attestation.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        attestation.Property(a => a.Statement).IsRequired().HasMaxLength(500);
        attestation.HasIndex(a => a.UserId);
    }
}
