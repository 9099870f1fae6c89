using CelebGen.Domain.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CelebGen.Tests.Email;

public sealed class SmtpEmailDeliveryTests
{
    [Fact]
    public async Task MessagesAreSentThroughTheConfiguredSmtpServer()
    {
        await using var server = LoopbackSmtpServer.Start();
        var smtp = new SmtpEmailDelivery(Options.Create(new EmailOptions
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = server.Port,
            UseTls = false,
            From = "CelebGen <noreply@celebgen.test>",
        }), NullLogger<SmtpEmailDelivery>.Instance);

        await smtp.SendAsync(new EmailMessage("cy@example.com", "Your avatars are ready", "<p>Done</p>"));

        var received = await server.NextMessageAsync();
        Assert.Equal("<noreply@celebgen.test>", received.From);
        Assert.Equal(["<cy@example.com>"], received.Recipients);
        Assert.Contains("Subject: Your avatars are ready", received.Data);
    }
}
