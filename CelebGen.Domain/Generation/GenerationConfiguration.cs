using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CelebGen.Domain.Generation;

internal sealed class GenerationJobConfiguration : IEntityTypeConfiguration<GenerationJob>
{
    public const string Table = "GenerationJobs";

    public void Configure(EntityTypeBuilder<GenerationJob> job)
    {
        job.ToTable(Table);
        job.HasKey(j => j.Id);
        job.Property(j => j.UserId).IsRequired().HasMaxLength(450);
        job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        job.Property(j => j.Model).IsRequired().HasMaxLength(100);
        job.Property(j => j.StyleId).HasMaxLength(50);
        job.Property(j => j.UserPrompt).IsRequired().HasMaxLength(2000);
        job.Property(j => j.Prompt).IsRequired().HasMaxLength(4000);
        job.Property(j => j.NegativePrompt).HasMaxLength(2000);
        job.Property(j => j.Queue).IsRequired().HasMaxLength(32);
        job.Property(j => j.PlanName).IsRequired().HasMaxLength(50);
        job.Property(j => j.Error).HasMaxLength(500);
        job.Property(j => j.HangfireJobId).HasMaxLength(100);
        job.HasIndex(j => new { j.UserId, j.QuotaDay });
        job.HasIndex(j => new { j.Status, j.CreatedAt });
        job.Ignore(j => j.IsFinished);
    }
}

internal sealed class GalleryImageConfiguration : IEntityTypeConfiguration<GalleryImage>
{
    public void Configure(EntityTypeBuilder<GalleryImage> image)
    {
        image.ToTable("GalleryImages");
        image.HasKey(i => i.Id);
        image.Property(i => i.UserId).IsRequired().HasMaxLength(450);
        image.Property(i => i.ReferenceCode).IsRequired().HasMaxLength(11);
        image.Property(i => i.PerceptualHash).IsRequired().HasMaxLength(64);
        image.Property(i => i.RemovalReason).HasMaxLength(500);
        image.HasOne<GenerationJob>().WithMany().HasForeignKey(i => i.JobId).OnDelete(DeleteBehavior.Cascade);
        // The gallery pages by owner, newest first; takedowns look images up by reference and hash.
        image.HasIndex(i => new { i.UserId, i.CreatedAt });
        image.HasIndex(i => i.ReferenceId).IsUnique();
        image.HasIndex(i => i.PerceptualHash);
        image.Ignore(i => i.PngKey);
        image.Ignore(i => i.ThumbnailKey);
    }
}
