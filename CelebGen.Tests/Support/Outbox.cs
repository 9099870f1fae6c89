using System.Text.RegularExpressions;
using MimeKit;

namespace CelebGen.Tests.Support;

/// <summary>Reads the .eml files the app wrote instead of sending mail.</summary>
public sealed partial class Outbox(string folder)
{
    public IReadOnlyList<MimeMessage> MessagesTo(string email) =>
        !Directory.Exists(folder) ? [] :
        Directory.GetFiles(folder, "*.eml").Order()
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>The first link in the newest message to <paramref name="email"/>, HTML-decoded.</summary>
    public async Task<string> WaitForLinkAsync(string email, string subjectContains, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var message = MessagesTo(email).LastOrDefault(m => (m.Subject ?? "").Contains(subjectContains, StringComparison.OrdinalIgnoreCase));
            if (message?.HtmlBody is { } html && Href().Match(html) is { Success: true } match)
            {
                return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No email with '{subjectContains}' and a link reached {email} in the outbox {folder}.");
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
