using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Moderation;

/// <summary>Refuses prompts that contain a configured blocked term (as whole words, after normalisation).</summary>
public sealed class ConfiguredPromptPolicy(IOptionsMonitor<PromptPolicyOptions> options) : IPromptPolicy
{
    public Task<PromptDecision> CheckAsync(string prompt, string negativePrompt, CancellationToken ct = default)
    {
        // Only the positive prompt asks for content; "nsfw" in the negative prompt is a request to avoid it.
        var text = PromptNormalizer.Normalize(prompt);
        foreach (var (category, terms) in options.CurrentValue.BlockedTerms)
        {
            if (terms.Any(term => PromptNormalizer.ContainsTerm(text, term)))
            {
                return Task.FromResult(PromptDecision.Refuse(category));
            }
        }
        return Task.FromResult(PromptDecision.Allow);
    }
}
