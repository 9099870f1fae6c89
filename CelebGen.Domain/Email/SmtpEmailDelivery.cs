using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Email;

/// <summary>Sends through the SMTP server named in <c>Email:SmtpHost</c> with MailKit.</summary>
public sealed class SmtpEmailDelivery(IOptions<EmailOptions> options, ILogger<SmtpEmailDelivery> logger) : IEmailDelivery
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var o = options.Value;
        using var mime = MimeMessageFactory.Create(message, o.From);
        using var client = new SmtpClient();
        var security = !o.UseTls ? SecureSocketOptions.None
            : o.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTlsWhenAvailable;
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("Email to {To} with subject {Subject} sent through {Host}", message.To, message.Subject, o.SmtpHost);
    }
}
