using System.Net;
using CelebGen.Domain.Data;
using CelebGen.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CelebGen.Tests.Integration;

/// <summary>Two hosts, one after the other, over the same data folder: what the first wrote, the second keeps.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task AUserCreatedBeforeARestartCanStillLogInAfterIt()
    {
        using var folder = new TempFolder();
        await using (var first = AppFactory.OverFolder(folder.Path))
        {
            await first.SignedInUserAsync("persist@example.com");
        }
        await using var second = AppFactory.OverFolder(folder.Path);
        var login = await second.NewClient().LoginAsync("persist@example.com");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.EndsWith("dashboard", login.RedirectPath());
    }

    [Fact]
    public async Task TheDatabaseIsCreatedByMigrationsAndARestartAppliesNothingTwice()
    {
        using var folder = new TempFolder();
        await using (var first = AppFactory.OverFolder(folder.Path))
        {
            _ = first.Services;
        }
        await using var second = AppFactory.OverFolder(folder.Path);
        using var scope = second.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == AppFactory.AdminEmail));
    }
}
