namespace CelebGen.Domain.Moderation;

/// <summary>What an admin action answers: done, with what happened in words, or refused with what to fix.</summary>
public abstract record ModerationResult(string Message)
{
    public sealed record Done(string Message) : ModerationResult(Message);

    public sealed record Refused(string Message) : ModerationResult(Message);

    public static Refused NotAnAdmin { get; } = new("Only administrators can do this.");
}
