using System.Text.Json.Nodes;

namespace CelebGen.Tests.Billing.Support;

/// <summary>Stripe-shaped objects and events, as the API version Stripe.net 53 pins (billing periods on the items).</summary>
public static class StripeJson
{
    public const string ApiVersion = "2026-10-28.endive";

    public static JsonObject Subscription(string id, string customer, string status, string priceId, DateTimeOffset periodEnd,
        bool cancelAtPeriodEnd = false, string? userIdMetadata = null) => new()
    {
        ["id"] = id, ["object"] = "subscription", ["customer"] = customer, ["status"] = status,
        ["cancel_at_period_end"] = cancelAtPeriodEnd, ["cancel_at"] = null, ["created"] = periodEnd.AddDays(-30).ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["metadata"] = userIdMetadata is null ? new JsonObject() : new JsonObject { ["celebgen_user_id"] = userIdMetadata },
        ["items"] = new JsonObject
        {
            ["object"] = "list", ["has_more"] = false, ["url"] = $"/v1/subscription_items?subscription={id}",
            ["data"] = new JsonArray(new JsonObject
            {
                ["id"] = $"si_{id}", ["object"] = "subscription_item", ["subscription"] = id, ["quantity"] = 1,
                ["current_period_start"] = periodEnd.AddDays(-30).ToUnixTimeSeconds(),
                ["current_period_end"] = periodEnd.ToUnixTimeSeconds(),
                ["price"] = new JsonObject { ["id"] = priceId, ["object"] = "price", ["currency"] = "usd", ["recurring"] = new JsonObject { ["interval"] = "month" } },
            }),
        },
    };

    public static JsonObject CheckoutSession(string customer, string subscription, string clientReferenceId) => new()
    {
        ["id"] = "cs_test_" + subscription, ["object"] = "checkout.session", ["mode"] = "subscription", ["status"] = "complete",
        ["payment_status"] = "paid", ["customer"] = customer, ["subscription"] = subscription, ["client_reference_id"] = clientReferenceId,
    };

    public static JsonObject Invoice(string id, string customer, string subscription, string status, long amount, DateTimeOffset created) => new()
    {
        ["id"] = id, ["object"] = "invoice", ["customer"] = customer, ["status"] = status, ["number"] = $"CG-{id[^4..]}",
        ["amount_due"] = amount, ["amount_paid"] = status == "paid" ? amount : 0, ["currency"] = "usd",
        ["created"] = created.ToUnixTimeSeconds(), ["hosted_invoice_url"] = $"https://invoice.stripe.test/i/{id}",
        ["invoice_pdf"] = $"https://invoice.stripe.test/i/{id}/pdf",
        ["parent"] = new JsonObject
        {
            ["type"] = "subscription_details",
            ["subscription_details"] = new JsonObject { ["subscription"] = subscription, ["metadata"] = new JsonObject() },
        },
    };

    public static string Event(string id, string type, JsonObject dataObject, DateTimeOffset created) => new JsonObject
    {
        ["id"] = id, ["object"] = "event", ["api_version"] = ApiVersion, ["created"] = created.ToUnixTimeSeconds(),
        ["type"] = type, ["livemode"] = false, ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
    }.ToJsonString();
}
