namespace CelebGen.Domain.Moderation;

/// <summary>Checked before anything is queued; a refused prompt costs no quota.</summary>
public interface IPromptPolicy
{
    Task<PromptDecision> CheckAsync(string prompt, string negativePrompt, CancellationToken ct = default);
}
