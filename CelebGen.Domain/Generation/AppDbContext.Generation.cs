using CelebGen.Domain.Generation;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Data;

public partial class AppDbContext
{
    public DbSet<GenerationJob> GenerationJobs => Set<GenerationJob>();
    public DbSet<GalleryImage> GalleryImages => Set<GalleryImage>();
}
