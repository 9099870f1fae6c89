using CelebGen.Domain.Billing;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Billing.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Billing;

public sealed class PlanCatalogTests
{
    private static (PlanCatalog Catalog, BillingReadiness Readiness) FromConfig(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var plans = config.GetSection(PlansOptions.Section).Get<PlansOptions>() ?? new PlansOptions();
        var stripe = config.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions();
        var catalog = new PlanCatalog(Options.Create(plans));
        return (catalog, new BillingReadiness(Options.Create(stripe), catalog));
    }

    private static Dictionary<string, string?> Complete() => new()
    {
        ["Stripe:SecretKey"] = "sk_test_x", ["Stripe:WebhookSecret"] = "whsec_x",
        ["Plans:Plus:StripePriceId"] = "price_plus", ["Plans:Pro:StripePriceId"] = "price_pro",
    };

    [Fact]
    public void WithoutConfigurationThePublishedPlansApply()
    {
        var (catalog, readiness) = FromConfig([]);

        Assert.Equal(["Free", "Plus", "Pro"], catalog.All.Select(p => p.Name));
        Assert.Equal(("$9.99/month", 100, 4), (catalog.Get(PlanTier.Plus).DisplayPrice, catalog.Get(PlanTier.Plus).DailyImages, catalog.Get(PlanTier.Plus).MaxImagesPerRequest));
        Assert.Equal(("$29.99/month", 500, 8, false), (catalog.Get(PlanTier.Pro).DisplayPrice, catalog.Get(PlanTier.Pro).DailyImages, catalog.Get(PlanTier.Pro).MaxImagesPerRequest, catalog.Get(PlanTier.Pro).VisibleWatermark));
        Assert.False(readiness.IsConfigured);
    }

    [Fact]
    public void ConfigurationOverridesPricesLimitsAndPriceIds()
    {
        var settings = Complete();
        settings["Plans:Plus:MonthlyPriceUsd"] = "12.50";
        settings["Plans:Plus:DailyImages"] = "120";

        var (catalog, readiness) = FromConfig(settings);

        Assert.Equal(("$12.50/month", 120, 4), (catalog.Get(PlanTier.Plus).DisplayPrice, catalog.Get(PlanTier.Plus).DailyImages, catalog.Get(PlanTier.Plus).MaxImagesPerRequest));
        Assert.Equal(PlanTier.Pro, catalog.FindByPriceId("price_pro")?.Tier);
        Assert.Null(catalog.FindByPriceId("price_unknown"));
        Assert.True(readiness.IsConfigured);
    }

    [Theory]
    [InlineData("Stripe:SecretKey")]
    [InlineData("Stripe:WebhookSecret")]
    [InlineData("Plans:Plus:StripePriceId")]
    [InlineData("Plans:Pro:StripePriceId")]
    public void BillingIsNotConfiguredWhenAnyKeyIsMissing(string missing)
    {
        var settings = Complete();
        settings[missing] = "";

        var (_, readiness) = FromConfig(settings);

        Assert.False(readiness.IsConfigured);
        Assert.Throws<BillingNotConfiguredException>(readiness.EnsureConfigured);
    }
}
