namespace CelebGen.Domain.Moderation;

/// <summary>
/// Configuration section <c>PromptPolicy</c>: blocked terms by category. This starter list is what the
/// generate form enforces until admins manage terms themselves; setting the section replaces it.
/// </summary>
public sealed class PromptPolicyOptions
{
    public const string Section = "PromptPolicy";

    public Dictionary<string, string[]> BlockedTerms { get; set; } = new()
    {
        ["sexual content"] = ["nude", "naked", "nsfw", "topless", "porn", "pornographic", "sex", "explicit", "lingerie", "undressed"],
        ["minors"] = ["child", "children", "kid", "kids", "minor", "underage", "teen", "teenager", "schoolgirl", "schoolboy", "toddler"],
    };
}
