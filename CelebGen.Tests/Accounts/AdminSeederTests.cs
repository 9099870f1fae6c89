using CelebGen.Domain.Accounts;
using CelebGen.Domain.Data;
using CelebGen.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Accounts;

public sealed class AdminSeederTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ServiceProvider services;

    public AdminSeederTests()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddDbContext<AppDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(folder.Path, "seed.db")}"));
        collection.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>();
        services = collection.BuildServiceProvider();
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.Migrate();
    }

    [Fact]
    public async Task WithoutAConfiguredPasswordOneIsGeneratedAndPrintedOnlyOnTheFirstStart()
    {
        var (first, firstOutput) = await SeedAsync(password: null);
        var (second, secondOutput) = await SeedAsync(password: null);

        Assert.Equal(AdminSeeder.SeedResult.CreatedWithGeneratedPassword, first);
        Assert.Equal(AdminSeeder.SeedResult.AlreadyPresent, second);
        var printed = firstOutput.Split('\n').Single(l => l.Contains("password:")).Split("password:")[1].Trim();
        Assert.Equal("", secondOutput);

        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("boss@example.com");
        Assert.True(await users.CheckPasswordAsync(admin!, printed));
        Assert.True(await users.IsInRoleAsync(admin!, Roles.Admin));
        Assert.True(admin!.EmailConfirmed);
    }

    [Fact]
    public async Task AConfiguredPasswordIsUsedAndNothingIsPrinted()
    {
        var (result, output) = await SeedAsync(password: "Configured-123!");
        Assert.Equal(AdminSeeder.SeedResult.CreatedWithConfiguredPassword, result);
        Assert.Equal("", output);
    }

    [Fact]
    public async Task APasswordThatBreaksThePasswordRulesStopsStartupWithAClearMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SeedAsync(password: "short"));
        Assert.Contains("Admin:Password", error.Message);
    }

    [Fact]
    public void GeneratedPasswordsHaveEveryCharacterClassAndDiffer()
    {
        var a = AdminSeeder.GeneratePassword();
        Assert.Equal(20, a.Length);
        Assert.Contains(a, char.IsLower);
        Assert.Contains(a, char.IsUpper);
        Assert.Contains(a, char.IsDigit);
        Assert.Contains(a, c => !char.IsLetterOrDigit(c));
        Assert.NotEqual(a, AdminSeeder.GeneratePassword());
    }

    private async Task<(AdminSeeder.SeedResult, string)> SeedAsync(string? password)
    {
        using var scope = services.CreateScope();
        var output = new StringWriter();
        var seeder = new AdminSeeder(
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            Options.Create(new AdminOptions { Email = "boss@example.com", Password = password }),
            NullLogger<AdminSeeder>.Instance) { Console = output };
        return (await seeder.SeedAsync(), output.ToString());
    }

    public void Dispose()
    {
        services.Dispose();
        folder.Dispose();
    }
}
