using System.Security.Cryptography;
using System.Text;

namespace CelebGen.Tests.Billing.Support;

/// <summary>Builds a <c>Stripe-Signature</c> header the way Stripe does: <c>t=unix,v1=hex(HMAC-SHA256(secret, "t.payload"))</c>.</summary>
public static class StripeSignature
{
    public static string Header(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}
