using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CelebGen.Tests.Billing.Support;

/// <summary>One request Stripe.net sent, with its form-encoded parameters flattened (e.g. <c>line_items[0][price]</c>).</summary>
public sealed record RecordedStripeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey);

/// <summary>
/// A local HTTP server that speaks the few Stripe API routes CelebGen calls, answering with Stripe-shaped JSON and
/// recording every request. Stripe.net's client is pointed at it through <c>Stripe:ApiBase</c>.
/// </summary>
public sealed class FakeStripeApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedStripeRequest> requests = new();
    private readonly ConcurrentDictionary<string, JsonObject> subscriptions = new();
    private readonly ConcurrentDictionary<string, JsonArray> invoices = new();
    private int customerCount;

    private FakeStripeApi(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";
    public IReadOnlyList<RecordedStripeRequest> Requests => [.. requests];

    /// <summary>When set, every call answers 500 with a Stripe error, as during an outage.</summary>
    public bool Failing { get; set; }

    public static async Task<FakeStripeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeStripeApi(builder.Build());
        fake.MapRoutes();
        await fake.app.StartAsync();
        fake.BaseUrl = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return fake;
    }

    public void Reset()
    {
        requests.Clear();
        subscriptions.Clear();
        invoices.Clear();
        Failing = false;
    }

    /// <summary>Sets what <c>GET /v1/subscriptions/{id}</c> answers from now on: Stripe's "current" state.</summary>
    public void SetSubscription(JsonObject subscription) => subscriptions[(string)subscription["id"]!] = subscription;

    public void SetInvoices(string customerId, params JsonObject[] list) => invoices[customerId] = [.. list];

    private void MapRoutes()
    {
        app.Use(async (ctx, next) =>
        {
            var form = ctx.Request.HasFormContentType
                ? (await ctx.Request.ReadFormAsync()).ToDictionary(kv => kv.Key, kv => kv.Value.ToString())
                : ctx.Request.Query.ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
            requests.Enqueue(new(ctx.Request.Method, ctx.Request.Path, form, ctx.Request.Headers["Idempotency-Key"].FirstOrDefault()));
            if (Failing)
            {
                await Json(ctx, new JsonObject { ["error"] = new JsonObject { ["type"] = "api_error", ["message"] = "Simulated outage" } }, 500);
                return;
            }
            await next(ctx);
        });
        app.MapPost("/v1/customers", ctx =>
        {
            var n = Interlocked.Increment(ref customerCount);
            return Json(ctx, new JsonObject { ["id"] = $"cus_fake{n}", ["object"] = "customer", ["email"] = Form(ctx, "email") });
        });
        app.MapPost("/v1/checkout/sessions", ctx => Json(ctx, new JsonObject
        {
            ["id"] = "cs_test_fake", ["object"] = "checkout.session", ["mode"] = Form(ctx, "mode"),
            ["customer"] = Form(ctx, "customer"), ["client_reference_id"] = Form(ctx, "client_reference_id"),
            ["url"] = "https://checkout.stripe.test/c/pay/cs_test_fake",
        }));
        app.MapPost("/v1/billing_portal/sessions", ctx => Json(ctx, new JsonObject
        {
            ["id"] = "bps_fake", ["object"] = "billing_portal.session", ["customer"] = Form(ctx, "customer"),
            ["return_url"] = Form(ctx, "return_url"), ["url"] = "https://billing.stripe.test/p/session/bps_fake",
        }));
        app.MapGet("/v1/subscriptions/{id}", (HttpContext ctx, string id) => subscriptions.TryGetValue(id, out var sub)
            ? Json(ctx, sub)
            : Json(ctx, new JsonObject { ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["code"] = "resource_missing", ["message"] = $"No such subscription: '{id}'" } }, 404));
        app.MapGet("/v1/invoices", ctx =>
        {
            var list = invoices.TryGetValue(ctx.Request.Query["customer"].ToString(), out var found) ? found.DeepClone() : new JsonArray();
            return Json(ctx, new JsonObject { ["object"] = "list", ["data"] = list, ["has_more"] = false, ["url"] = "/v1/invoices" });
        });
    }

    private static string? Form(HttpContext ctx, string key) => ctx.Request.HasFormContentType ? ctx.Request.Form[key].ToString() : null;

    private static Task Json(HttpContext ctx, JsonNode body, int status = 200)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        return ctx.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
