using CelebGen.Domain.Billing.Entities;
using CelebGen.Domain.Billing.Gateway;
using CelebGen.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;

namespace CelebGen.Domain.Billing.Webhooks;

/// <summary>
/// Verifies and applies one webhook delivery. Each event id is handled once: the event row and its effects commit
/// in one transaction, so a failure leaves nothing behind and Stripe's redelivery starts clean.
/// </summary>
public sealed class StripeWebhookProcessor(
    IDbContextFactory<AppDbContext> dbFactory,
    StripeEventReader reader,
    SubscriptionSync sync,
    IOptions<StripeOptions> options,
    TimeProvider clock,
    ILogger<StripeWebhookProcessor> log)
{
    /// <summary>Stripe's recommended window against replayed deliveries.</summary>
    public const long SignatureToleranceSeconds = 300;

    public async Task<WebhookResult> ProcessAsync(string payload, string? signatureHeader, CancellationToken ct = default)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrWhiteSpace(secret))
            return new(WebhookStatus.NotConfigured, "Stripe:WebhookSecret is not set.");

        Event stripeEvent;
        try
        {
            // The handler takes only ids from the payload and re-reads state with the library's own API version,
            // so an endpoint pinned to another version is fine.
            stripeEvent = EventUtility.ConstructEvent(payload, signatureHeader ?? "", secret, SignatureToleranceSeconds,
                clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            log.LogWarning("Rejected a Stripe webhook: {Reason}", ex.Message);
            return new(WebhookStatus.InvalidSignature, ex.Message);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await IsProcessedAsync(db, stripeEvent.Id, ct))
            return Duplicate(stripeEvent);

        // Stripe is called before the transaction opens, so no database lock is held across the network.
        var (change, ignoredBecause) = await reader.ReadAsync(stripeEvent, ct);

        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (await IsProcessedAsync(db, stripeEvent.Id, ct))
                return Duplicate(stripeEvent);
            var now = clock.GetUtcNow();
            var outcome = change is null
                ? ignoredBecause!
                : await sync.ApplyAsync(db, change, StripeTime.ToOffset(stripeEvent.Created), now, ct);
            db.ProcessedStripeEvents.Add(new ProcessedStripeEvent { EventId = stripeEvent.Id, Type = stripeEvent.Type, Outcome = Truncate(outcome), ProcessedAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                await tx.RollbackAsync(CancellationToken.None);
                if (await IsProcessedElsewhereAsync(stripeEvent.Id, ct))
                    return Duplicate(stripeEvent);
                throw;
            }
            log.LogInformation("Stripe event {EventId} ({Type}): {Outcome}", stripeEvent.Id, stripeEvent.Type, outcome);
            return new(WebhookStatus.Processed, outcome);
        }
    }

    private static Task<bool> IsProcessedAsync(AppDbContext db, string eventId, CancellationToken ct) =>
        db.ProcessedStripeEvents.AnyAsync(e => e.EventId == eventId, ct);

    // A concurrent delivery of the same event committed first; its row is the record.
    private async Task<bool> IsProcessedElsewhereAsync(string eventId, CancellationToken ct)
    {
        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        return await IsProcessedAsync(fresh, eventId, ct);
    }

    private static WebhookResult Duplicate(Event e) => new(WebhookStatus.Duplicate, $"{e.Id} was already processed");

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500];
}
