using CelebGen.Domain.Accounts;
using Hangfire;
using Hangfire.Dashboard;

namespace CelebGen.Web.Hosting;

public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    /// <summary>
    /// The endpoint requires the Admin policy, so anonymous users are sent to log in and others get Access denied;
    /// the dashboard filter checks the role again in case the endpoint metadata is ever lost.
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            DashboardTitle = "CelebGen jobs",
            AppPath = "/admin",
            Authorization = [new AdminOnly()],
        }).RequireAuthorization(Policies.Admin);

    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
