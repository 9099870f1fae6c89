namespace CelebGen.Domain.Email;

/// <summary>Delivers an email: through SMTP when configured, otherwise into the outbox folder.</summary>
public interface IEmailDelivery
{
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}
