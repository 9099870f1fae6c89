using System.Text.RegularExpressions;
using MimeKit;

namespace CelebGen.Domain.Email;

internal static partial class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, string from)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder
        {
            HtmlBody = message.HtmlBody,
            TextBody = Tags().Replace(message.HtmlBody, " ").Trim(),
        }.ToMessageBody();
        return mime;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
