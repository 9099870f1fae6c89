namespace CelebGen.Domain.Accounts;

/// <summary>
/// A capability's part of "delete my account": each capability that keeps rows or files about a user
/// registers one, and <see cref="AccountDeletion"/> runs them all before the user row goes.
/// </summary>
public interface IUserDataEraser
{
    Task EraseAsync(string userId, CancellationToken ct);
}
