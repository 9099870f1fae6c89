using CelebGen.Domain.Data;
using CelebGen.Domain.Email;
using CelebGen.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CelebGen.Tests.Email;

public sealed class OutboxEmailDeliveryTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task EachMessageBecomesAnEmlFileWithHtmlAndPlainText()
    {
        var outbox = new OutboxEmailDelivery(Options.Create(new DataOptions { Root = folder.Path }), Options.Create(new EmailOptions()),
            TimeProvider.System, NullLogger<OutboxEmailDelivery>.Instance);

        await outbox.SendAsync(new EmailMessage("ana@example.com", "Hello", "<p>Hi <a href=\"https://x.test/a\">there</a></p>"));
        await outbox.SendAsync(new EmailMessage("bo@example.com", "Second", "<p>Two</p>"));

        var files = Directory.GetFiles(outbox.OutboxFolder, "*.eml");
        Assert.Equal(2, files.Length);
        var message = MimeMessage.Load(files.Order().First());
        Assert.Equal("ana@example.com", message.To.Mailboxes.Single().Address);
        Assert.Equal("no-reply@celebgen.local", message.From.Mailboxes.Single().Address);
        Assert.Contains("href=\"https://x.test/a\"", message.HtmlBody);
        Assert.Equal("Hi  there", message.TextBody?.Trim());
    }

    public void Dispose() => folder.Dispose();
}
