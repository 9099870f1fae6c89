using CelebGen.Domain.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Email;

/// <summary>
/// Writes each message as an .eml file under <c>{Data:Root}/outbox</c> and logs it, so a machine
/// without SMTP (a newcomer's laptop, the test suite) can still follow confirmation links.
/// </summary>
public sealed class OutboxEmailDelivery(IOptions<DataOptions> data, IOptions<EmailOptions> email, TimeProvider clock, ILogger<OutboxEmailDelivery> logger) : IEmailDelivery
{
    public string OutboxFolder => Path.Combine(data.Value.FullRoot, "outbox");

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(OutboxFolder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(OutboxFolder, name);
        using var mime = MimeMessageFactory.Create(message, email.Value.From);
        await mime.WriteToAsync(path, ct);
        logger.LogInformation("Email to {To} with subject {Subject} written to the outbox at {Path}", message.To, message.Subject, path);
    }
}
