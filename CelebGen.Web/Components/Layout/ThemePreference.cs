using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;

namespace CelebGen.Web.Components.Layout;

/// <summary>
/// The light/dark choice: stored on the account for signed-in users (so it follows them to other browsers)
/// and in a cookie (so the first server-rendered paint, before any JS, already uses it).
/// </summary>
public sealed class ThemePreference(IDbContextFactory<AppDbContext> dbFactory, IJSRuntime js)
{
    public const string CookieName = "cg-theme";

    public static bool? FromCookie(string? value) => value switch
    {
        "dark" => true,
        "light" => false,
        _ => null,
    };

    public async Task<bool?> LoadAsync(string userId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).FirstOrDefaultAsync();
    }

    public async Task SaveAsync(string? userId, bool dark)
    {
        await js.InvokeVoidAsync("celebgenTheme.remember", dark);
        if (userId is null)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PrefersDarkMode, dark));
    }
}
