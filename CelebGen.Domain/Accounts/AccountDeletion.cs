using CelebGen.Domain.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CelebGen.Domain.Accounts;

/// <summary>Deletes an account and everything it owns: each capability's rows, the user's blob folder, then the user.</summary>
public sealed class AccountDeletion(
    UserManager<AppUser> users,
    IEnumerable<IUserDataEraser> erasers,
    IBlobStore blobs,
    ILogger<AccountDeletion> logger)
{
    public async Task DeleteAsync(AppUser user, CancellationToken ct = default)
    {
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(user.Id, ct);
        }
        await blobs.DeletePrefixAsync(BlobKey.UserPrefix(user.Id), ct);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not delete user {user.Id}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
        logger.LogInformation("Deleted account {UserId} and its data", user.Id);
    }
}
