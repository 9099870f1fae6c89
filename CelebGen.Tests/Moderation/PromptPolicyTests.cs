using CelebGen.Domain.Moderation;
using CelebGen.Domain.Moderation.Policy;

namespace CelebGen.Tests.Moderation;

public sealed class PromptPolicyTests
{
    private static readonly PromptRules Policy = new(new PromptPolicyOptions().BlockedTerms.SelectMany(c => c.Value.Select(t => (t, c.Key))));

    [Theory]
    [InlineData("a NUDE portrait")]
    [InlineData("a   nude    portrait")]
    [InlineData("a nüde portrait")]
    [InlineData("a n\u200Bude portrait")]
    [InlineData("a portrait, nude!")]
    [InlineData("a n.u.d.e portrait")]
    [InlineData("a N-U-D-E portrait")]
    public void BlockedTermsMatchWhateverTheCaseAccentsSpacingOrHiddenCharacters(string prompt) =>
        Assert.Equal("sexual content", Policy.Check(prompt).Category);

    [Theory]
    [InlineData("a portrait in a nudes-free gallery of denudation")]
    [InlineData("Sussex countryside at dawn")]
    [InlineData("a friendly astronaut")]
    public void TermsOnlyMatchWholeWords(string prompt) => Assert.True(Policy.Check(prompt).Allowed);


    [Fact]
    public void NormalisingKeepsLettersAndDigitsAsSpaceSeparatedWords() =>
        Assert.Equal(" cafe creme 2 ", PromptNormalizer.Normalize("Café--CRÈME\t2"));
}
