using CelebGen.Domain;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddCelebGenDomain();
builder.AddCelebGenWeb();

var app = builder.Build();

await app.Services.MigrateCelebGenDatabaseAsync();
await app.Services.SeedAdminAsync();
app.UseCelebGenPipeline();

app.Run();

/// <summary>Public so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
