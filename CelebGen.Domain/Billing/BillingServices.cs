using CelebGen.Domain.Billing.Admin;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Billing.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CelebGen.Domain.Billing;

public static class BillingServices
{
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PlansOptions>(builder.Configuration.GetSection(PlansOptions.Section));
        services.Configure<StripeOptions>(builder.Configuration.GetSection(StripeOptions.Section));
        services.Configure<BillingOptions>(builder.Configuration.GetSection(BillingOptions.Section));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<PlanCatalog>();
        services.AddSingleton<BillingReadiness>();
        services.AddSingleton<StripeClientProvider>();
        services.AddScoped<IPlanResolver, PlanResolver>();
        services.AddScoped<BillingOverview>();
        services.AddScoped<BillingCustomers>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<InvoiceQuery>();
        services.AddScoped<StripeEventReader>();
        services.AddScoped<SubscriptionSync>();
        services.AddScoped<StripeWebhookProcessor>();
        services.AddScoped<ManualGrants>();
        services.AddScoped<UserPlanDirectory>();
        return builder;
    }
}
