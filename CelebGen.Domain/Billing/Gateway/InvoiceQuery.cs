using Stripe;

namespace CelebGen.Domain.Billing.Gateway;

/// <summary>One invoice as the Billing page lists it.</summary>
public sealed record InvoiceSummary(
    string Id, string? Number, DateTimeOffset Created, long AmountMinor, string Currency, string? Status, string? HostedUrl, string? PdfUrl)
{
    public string DisplayAmount => $"{AmountMinor / 100m:0.00} {Currency.ToUpperInvariant()}";
}

/// <summary>Reads a user's recent invoices live from Stripe (they are not copied into our database).</summary>
public sealed class InvoiceQuery(BillingCustomers customers, StripeClientProvider stripe)
{
    public async Task<IReadOnlyList<InvoiceSummary>> RecentAsync(string userId, int limit = 10, CancellationToken ct = default)
    {
        var customerId = await customers.FindCustomerIdAsync(userId, ct);
        if (customerId is null)
            return [];
        var page = await new InvoiceService(stripe.Client).ListAsync(new InvoiceListOptions { Customer = customerId, Limit = limit }, cancellationToken: ct);
        return [.. page.Data.Select(i => new InvoiceSummary(
            i.Id, i.Number, StripeTime.ToOffset(i.Created), i.Status == "paid" ? i.AmountPaid : i.AmountDue, i.Currency ?? "usd",
            i.Status, i.HostedInvoiceUrl, i.InvoicePdf))];
    }
}
