namespace CelebGen.Domain.Moderation.Policy;

/// <summary>A snapshot of the blocked terms, normalised once, that checks prompts without touching the database.</summary>
public sealed class PromptRules(IEnumerable<(string Term, string Category)> terms)
{
    private readonly (string Normalized, string Category)[] rules =
        [.. terms.Select(t => (PromptNormalizer.Normalize(t.Term), t.Category)).Where(t => t.Item1.Trim().Length > 0)];

    public int Count => rules.Length;

    /// <summary>Only the positive prompt is checked: "nsfw" in the negative prompt asks to avoid it.</summary>
    public PromptDecision Check(string prompt)
    {
        var text = PromptNormalizer.Normalize(prompt);
        foreach (var (term, category) in rules)
        {
            if (text.Contains(term, StringComparison.Ordinal))
            {
                return PromptDecision.Refuse(category);
            }
        }
        return PromptDecision.Allow;
    }
}
