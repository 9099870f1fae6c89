namespace CelebGen.Domain.Moderation;

/// <summary>The policy's answer for one prompt. A refusal names the rule's category, never the term list.</summary>
public sealed record PromptDecision(bool Allowed, string? Category)
{
    public static readonly PromptDecision Allow = new(true, null);

    public static PromptDecision Refuse(string category) => new(false, category);
}
