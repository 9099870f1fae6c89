using CelebGen.Domain.Billing.Plans;
using CelebGen.Domain.Diffusion;
using CelebGen.Domain.Generation;
using CelebGen.Domain.Generation.Quota;
using CelebGen.Domain.Generation.Styles;

namespace CelebGen.Tests.Generation;

public sealed class QuotaAndRulesTests
{
    private static readonly PlanDefinition Free = new(PlanTier.Free, "Free", 5, 1, true, false, 0, null);
    private static readonly PlanDefinition Plus = new(PlanTier.Plus, "Plus", 100, 4, false, true, 9.99m, "price_plus");
    private static readonly DiffusionModelInfo Model = new("sd", "euler", 25, 1, 50, 7.5, 1, 15, 512, 512, 256, 768, 0.6, 8, true, false);

    [Fact]
    public void TheQuotaDayIsTheUtcDateAndResetsAtTheNextUtcMidnight()
    {
        var (day, resets) = QuotaStatus.DayOf(new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(-5)));
        Assert.Equal(new DateOnly(2026, 11, 23), day);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), resets);
    }

    [Theory]
    [InlineData(5, 0, 5)]
    [InlineData(5, 4, 1)]
    [InlineData(5, 5, 0)]
    [InlineData(5, 7, 0)]
    public void RemainingNeverGoesBelowZero(int limit, int used, int remaining)
    {
        var quota = new QuotaStatus(limit, used, DateTimeOffset.UnixEpoch);
        Assert.Equal(remaining, quota.Remaining);
        Assert.Equal(remaining > 0, quota.Allows(1));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public async Task FreeAllowsOneImagePerRequest(int count, bool allowed) =>
        Assert.Equal(allowed, await Validate(new GenerationForm { Prompt = "x", Count = count }, Free) is null);

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public async Task PlusAllowsFourImagesPerRequest(int count, bool allowed) =>
        Assert.Equal(allowed, await Validate(new GenerationForm { Prompt = "x", Count = count }, Plus) is null);

    [Fact]
    public async Task StepsAndGuidanceMustStayWithinTheModelsBounds()
    {
        Assert.Contains("between 1 and 50", await Validate(new GenerationForm { Prompt = "x", Steps = 51 }, Plus));
        Assert.Contains("Guidance", await Validate(new GenerationForm { Prompt = "x", Guidance = 20 }, Plus));
        Assert.Null(await Validate(new GenerationForm { Prompt = "x", Steps = 50, Guidance = 15 }, Plus));
    }

    [Fact]
    public async Task AnEmptyFreePromptIsRefusedButAStyleNeedsNoSubject()
    {
        Assert.NotNull(await Validate(new GenerationForm { Prompt = " " }, Free));
        Assert.Null(await Validate(new GenerationForm { Prompt = "", StyleId = "anime" }, Free));
    }

    [Fact]
    public async Task AReferencePhotoThatIsNotTheUsersIsRefused() =>
        Assert.Contains("no longer in your photos", await GenerationRules.ValidateAsync(
            new GenerationForm { Prompt = "x", ReferencePhotoId = Guid.NewGuid(), Strength = 0.5 }, Model, Plus, _ => Task.FromResult<Domain.Photos.ReferencePhoto?>(null)));

    [Fact]
    public void ThereAreAtLeastEightStylesAndEachWrapsTheSubject()
    {
        Assert.True(StylePresets.All.Count >= 8);
        Assert.All(StylePresets.All, s => Assert.Contains("a red-haired pilot", s.Apply("a red-haired pilot")));
        Assert.Equal(StylePresets.All.Count, StylePresets.All.Select(s => s.Id).Distinct().Count());
    }

    private static Task<string?> Validate(GenerationForm form, PlanDefinition plan) =>
        GenerationRules.ValidateAsync(form, Model, plan, _ => Task.FromResult<Domain.Photos.ReferencePhoto?>(null));
}
