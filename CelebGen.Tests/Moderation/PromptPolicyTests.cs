using CelebGen.Domain.Moderation;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Moderation;

public sealed class PromptPolicyTests
{
    private static readonly ConfiguredPromptPolicy Policy = new(new StaticMonitor(new PromptPolicyOptions()));

    [Theory]
    [InlineData("a NUDE portrait")]
    [InlineData("a   nude    portrait")]
    [InlineData("a nüde portrait")]
    [InlineData("a n\u200Bude portrait")]
    [InlineData("a portrait, nude!")]
    public async Task BlockedTermsMatchWhateverTheCaseAccentsSpacingOrHiddenCharacters(string prompt) =>
        Assert.Equal("sexual content", (await Policy.CheckAsync(prompt, "")).Category);

    [Theory]
    [InlineData("a portrait in a nudes-free gallery of denudation")]
    [InlineData("Sussex countryside at dawn")]
    [InlineData("a friendly astronaut")]
    public async Task TermsOnlyMatchWholeWords(string prompt) => Assert.True((await Policy.CheckAsync(prompt, "")).Allowed);

    [Fact]
    public async Task TheNegativePromptMayNameWhatToAvoid() => Assert.True((await Policy.CheckAsync("a portrait", "nsfw, nude")).Allowed);

    [Fact]
    public void NormalisingKeepsLettersAndDigitsAsSpaceSeparatedWords() =>
        Assert.Equal(" cafe creme 2 ", PromptNormalizer.Normalize("Café--CRÈME\t2"));

    private sealed class StaticMonitor(PromptPolicyOptions value) : IOptionsMonitor<PromptPolicyOptions>
    {
        public PromptPolicyOptions CurrentValue => value;
        public PromptPolicyOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<PromptPolicyOptions, string?> listener) => null;
    }
}
