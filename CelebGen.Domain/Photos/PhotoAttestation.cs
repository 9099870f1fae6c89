namespace CelebGen.Domain.Photos;

/// <summary>Whom the user says their photos show.</summary>
public enum AttestationKind
{
    /// <summary>"The photos show me."</summary>
    Self,

    /// <summary>"The photos show a person who gave me their consent."</summary>
    Consent,
}

/// <summary>
/// The statement a user makes before their first upload, kept with its time and wording: if a takedown
/// request arrives, this is what the account said.
/// </summary>
public sealed class PhotoAttestation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public AttestationKind Kind { get; init; }
    public required string Statement { get; init; }
    public DateTimeOffset AttestedAt { get; init; }

    public static string StatementFor(AttestationKind kind) => kind switch
    {
        AttestationKind.Self => "The photos I upload show me.",
        AttestationKind.Consent => "The photos I upload show a person who gave me their consent to make avatars of them.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
