using CelebGen.Domain.Photos;
using Microsoft.EntityFrameworkCore;

namespace CelebGen.Domain.Data;

public partial class AppDbContext
{
    public DbSet<ReferencePhoto> ReferencePhotos => Set<ReferencePhoto>();
    public DbSet<PhotoAttestation> PhotoAttestations => Set<PhotoAttestation>();
}
