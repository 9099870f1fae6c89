using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using CelebGen.Domain.Data;
using CelebGen.Domain.Email;
using CelebGen.Domain.Imaging;
using CelebGen.Domain.Imaging.Intake;
using CelebGen.Domain.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>Takes in a public takedown request: validate, rate-limit, store the evidence, confirm by email, start matching.</summary>
public sealed class TakedownIntake(
    IDbContextFactory<AppDbContext> dbFactory,
    IBlobStore blobs,
    IEmailDelivery mail,
    IBackgroundJobClient jobs,
    IOptions<TakedownOptions> options,
    TimeProvider clock,
    ILogger<TakedownIntake> logger)
{
    public async Task<TakedownSubmitResult> SubmitAsync(TakedownForm form, string reporterIp, TakedownEvidence? evidence, CancellationToken ct = default)
    {
        var errors = Validate(form, evidence);
        if (errors.Count > 0)
        {
            return new TakedownSubmitResult.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = now.AddHours(-1);
        var email = form.ReporterEmail.Trim().ToLowerInvariant();
        if (await db.TakedownRequests.CountAsync(r => r.ReporterIp == reporterIp && r.CreatedAt > since, ct) >= options.Value.MaxPerIpPerHour
            || await db.TakedownRequests.CountAsync(r => r.ReporterEmail == email && r.CreatedAt > since, ct) >= options.Value.MaxPerEmailPerHour)
        {
            return new TakedownSubmitResult.RateLimited("Too many requests were sent from here in the last hour. Please wait an hour and send it again; what you typed is kept below.");
        }

        var id = Guid.NewGuid();
        var evidenceKey = evidence is null ? null : $"takedowns/{id:N}/evidence";
        if (evidence is not null)
        {
            await blobs.PutAsync(evidenceKey!, new MemoryStream(evidence.Content.ToArray()), ct);
        }
        var request = new TakedownRequest
        {
            Id = id,
            TrackingNumber = NewTrackingNumber(),
            ReporterName = form.ReporterName.Trim(),
            ReporterEmail = email,
            Relationship = form.Relationship,
            Category = form.Category,
            ReferenceCode = string.IsNullOrWhiteSpace(form.ReferenceCode) ? null : form.ReferenceCode.Trim().ToUpperInvariant(),
            SeenAtUrl = string.IsNullOrWhiteSpace(form.SeenAtUrl) ? null : form.SeenAtUrl.Trim(),
            Description = form.Description.Trim(),
            Signature = form.Signature.Trim(),
            EvidenceKey = evidenceKey,
            ReporterIp = reporterIp,
            CreatedAt = now,
            DueAt = now + options.Value.DeadlineFor(form.Category),
        };
        db.TakedownRequests.Add(request);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Takedown request {Tracking} received ({Category})", request.TrackingNumber, request.Category);

        await mail.SendAsync(new EmailMessage(email, $"We received your takedown request {request.TrackingNumber}",
            $"<p>Thank you, {System.Net.WebUtility.HtmlEncode(request.ReporterName)}. Your request has tracking number <strong>{request.TrackingNumber}</strong>.</p>" +
            $"<p>We will review it by {request.DueAt:d MMMM yyyy HH:mm} UTC and email you the decision.</p>"), ct);
        jobs.Enqueue<TakedownMatchingJob>(j => j.RunAsync(request.Id, CancellationToken.None));
        return new TakedownSubmitResult.Accepted(request.TrackingNumber);
    }

    private Dictionary<string, string> Validate(TakedownForm form, TakedownEvidence? evidence)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        var errors = results.ToDictionary(r => r.MemberNames.FirstOrDefault() ?? "", r => r.ErrorMessage ?? "Check this field.");
        if (!string.IsNullOrWhiteSpace(form.ReferenceCode) && !ImageReference.TryParse(form.ReferenceCode, out _))
        {
            errors[nameof(TakedownForm.ReferenceCode)] = "A reference code looks like ABCDE-12345 (10 letters and digits).";
        }
        if (evidence is not null)
        {
            if (evidence.Content.Length > options.Value.MaxEvidenceBytes)
            {
                errors["Evidence"] = $"The image is larger than {options.Value.MaxEvidenceBytes / 1048576} MB. Send a smaller copy or a screenshot.";
            }
            else if (PhotoFormatSniffer.Sniff(evidence.Content.Span) is null)
            {
                errors["Evidence"] = "The evidence must be a JPEG, PNG or WebP image.";
            }
        }
        if (evidence is null && string.IsNullOrWhiteSpace(form.ReferenceCode) && string.IsNullOrWhiteSpace(form.SeenAtUrl))
        {
            errors[""] = "Give us at least one piece of evidence: the image itself, its reference code, or the address where you saw it.";
        }
        return errors;
    }

    private static string NewTrackingNumber() =>
        "TD-" + string.Concat(RandomNumberGenerator.GetItems("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".AsSpan(), 8));
}

/// <summary>The uploaded image, read up to the evidence size limit.</summary>
public sealed record TakedownEvidence(string FileName, ReadOnlyMemory<byte> Content);

public abstract record TakedownSubmitResult
{
    public sealed record Accepted(string TrackingNumber) : TakedownSubmitResult;

    /// <summary>Field name → message; the empty name is for the form as a whole.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : TakedownSubmitResult;

    public sealed record RateLimited(string Message) : TakedownSubmitResult;
}
