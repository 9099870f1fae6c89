using CelebGen.Domain;
using CelebGen.Domain.Data;
using CelebGen.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddCelebGenDomain();
builder.AddCelebGenWeb();

var app = builder.Build();

await app.Services.MigrateCelebGenDatabaseAsync();
app.UseCelebGenPipeline();

app.Run();

public partial class Program;
