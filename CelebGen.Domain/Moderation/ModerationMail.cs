using System.Net;
using CelebGen.Domain.Email;
using CelebGen.Domain.Moderation.Takedowns;
using Microsoft.Extensions.Logging;

namespace CelebGen.Domain.Moderation;

/// <summary>
/// The emails of moderation decisions. They go out after the decision is committed; a mail server that is
/// down must not undo a removal, so a failure is logged and reported back instead of thrown.
/// </summary>
public sealed class ModerationMail(IEmailDelivery mail, ILogger<ModerationMail> logger)
{
    public Task<bool> DecisionToReporterAsync(TakedownRequest request, string decision, string reason, CancellationToken ct) =>
        SendAsync(request.ReporterEmail, $"Decision on your takedown request {request.TrackingNumber}",
            $"<p>Hello {Encode(request.ReporterName)},</p>" +
            $"<p>We reviewed your takedown request <strong>{request.TrackingNumber}</strong>.</p>" +
            $"<p><strong>Decision:</strong> {Encode(decision)}</p>" +
            $"<p><strong>Reason:</strong> {Encode(reason)}</p>" +
            "<p>Reply to this email if you have more information for us.</p>", ct);

    public Task<bool> ImagesRemovedAsync(string email, IReadOnlyCollection<string> referenceCodes, string reason, CancellationToken ct) =>
        SendAsync(email, referenceCodes.Count == 1 ? "An image was removed from your CelebGen gallery" : $"{referenceCodes.Count} images were removed from your CelebGen gallery",
            $"<p>After a takedown request, we removed {Count(referenceCodes.Count)} from your gallery: {Encode(string.Join(", ", referenceCodes))}.</p>" +
            $"<p><strong>Reason:</strong> {Encode(reason)}</p>" +
            "<p>Repeated upheld takedown requests lead to the suspension of the account.</p>", ct);

    public Task<bool> SuspendedAsync(string email, string reason, bool automatic, CancellationToken ct) =>
        SendAsync(email, "Your CelebGen account is suspended",
            (automatic
                ? "<p>Your account was suspended automatically, because several takedown requests about images it made were upheld.</p>"
                : "<p>An administrator suspended your account.</p>") +
            $"<p><strong>Reason:</strong> {Encode(reason)}</p>" +
            "<p>While it is suspended you cannot sign in or make images. Reply to this email if you think this is a mistake.</p>", ct);

    public Task<bool> SuspensionLiftedAsync(string email, string reason, CancellationToken ct) =>
        SendAsync(email, "Your CelebGen account is active again",
            $"<p>An administrator lifted the suspension of your account. You can sign in and make images again.</p><p><strong>Reason:</strong> {Encode(reason)}</p>", ct);

    private static string Count(int n) => n == 1 ? "1 image" : $"{n} images";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private async Task<bool> SendAsync(string to, string subject, string html, CancellationToken ct)
    {
        try
        {
            await mail.SendAsync(new EmailMessage(to, subject, html), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the moderation email {Subject} to {To}", subject, to);
            return false;
        }
    }
}
