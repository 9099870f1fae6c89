namespace CelebGen.Domain.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
}
