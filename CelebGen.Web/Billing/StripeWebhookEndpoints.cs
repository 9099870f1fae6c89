using CelebGen.Domain.Billing.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CelebGen.Web.Billing;

public static class StripeWebhookEndpoints
{
    public const string Path = "/stripe/webhook";

    public static IEndpointRouteBuilder MapStripeWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandleAsync)
            // Stripe cannot send an antiforgery token; the request is authenticated by its Stripe-Signature instead,
            // which is checked before anything else runs.
            .DisableAntiforgery()
            .AllowAnonymous()
            .WithName("StripeWebhook");
        return app;
    }

    private static async Task<Results<Ok<string>, BadRequest<string>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, StripeWebhookProcessor processor, CancellationToken ct)
    {
        // The signature covers the exact bytes, so the body is read raw, never through a model binder.
        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(ct);
        var result = await processor.ProcessAsync(payload, request.Headers["Stripe-Signature"].FirstOrDefault(), ct);
        // Any exception (Stripe unreachable, database error) bubbles up as 500, so Stripe redelivers later.
        return result.Status switch
        {
            WebhookStatus.Processed or WebhookStatus.Duplicate => TypedResults.Ok(result.Detail),
            WebhookStatus.InvalidSignature => TypedResults.BadRequest("Invalid Stripe-Signature."),
            _ => TypedResults.Problem("Stripe webhooks are not configured on this server.", statusCode: StatusCodes.Status503ServiceUnavailable),
        };
    }
}
