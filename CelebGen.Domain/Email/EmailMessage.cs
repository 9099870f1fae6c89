namespace CelebGen.Domain.Email;

/// <summary>One outgoing email. Bodies are HTML; a plain-text part is derived from it by the sender.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody);
