namespace CelebGen.Domain.Generation.Styles;

/// <summary>A named look: a prompt template with a <c>{subject}</c> slot and a negative prompt.</summary>
public sealed record StylePreset(string Id, string Name, string Template, string NegativePrompt)
{
    public const string SubjectSlot = "{subject}";

    public string Apply(string subject) => Template.Replace(SubjectSlot, string.IsNullOrWhiteSpace(subject) ? "a person" : subject.Trim());
}
