namespace CelebGen.Domain.Moderation;

/// <summary>
/// Configuration section <c>PromptPolicy</c>: the starter list of blocked terms by category, written to the
/// database on the first start; from then on admins manage the terms on /admin/policy.
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
