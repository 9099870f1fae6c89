namespace CelebGen.Domain.Email;

/// <summary>Configuration section <c>Email</c>. Without <see cref="SmtpHost"/> mail goes to the outbox folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "CelebGen <no-reply@celebgen.local>";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Upgrade the connection with STARTTLS when the server offers it (port 587); port 465 uses TLS from the start.</summary>
    public bool UseTls { get; set; } = true;

    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(SmtpHost);
}
