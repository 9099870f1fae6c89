using System.Text.Encodings.Web;
using CelebGen.Domain.Accounts;
using CelebGen.Domain.Email;
using Microsoft.AspNetCore.Identity;

namespace CelebGen.Web.Components.Account;

/// <summary>
/// Turns Identity's account emails into messages for <see cref="IEmailDelivery"/> (SMTP or the outbox).
/// The account pages pass links already HTML-encoded, as Identity's contract says, so links are not encoded again.
/// </summary>
internal sealed class IdentityEmailSender(IEmailDelivery delivery) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        Send(email, "Confirm your CelebGen account",
            $"<p>Welcome to CelebGen!</p><p>Please confirm your account by <a href=\"{confirmationLink}\">clicking here</a>.</p>");

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        Send(email, "Reset your CelebGen password",
            $"<p>Someone asked to reset your CelebGen password. If it was you, <a href=\"{resetLink}\">choose a new password here</a>.</p><p>If not, you can ignore this email.</p>");

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        Send(email, "Reset your CelebGen password", $"<p>Your password reset code is: {Encode(resetCode)}</p>");

    private Task Send(string to, string subject, string html) => delivery.SendAsync(new EmailMessage(to, subject, html));

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
