namespace CelebGen.Web.Hosting;

public static class Policies
{
    public const string Admin = "Admin";
}
