using System.Security.Claims;
using CelebGen.Domain.Data;
using CelebGen.Domain.Moderation.Policy;

namespace CelebGen.Domain.Moderation.Takedowns.Actions;

/// <summary>Blocks the words behind a request in the prompt policy, so the same prompt cannot make another such image.</summary>
public sealed class PolicyTakedown(DecisionRecorder decisions, BlockedTerms terms, Upholding upholding)
{
    /// <param name="termList">Words or phrases, one per line or separated by commas.</param>
    public Task<ModerationResult> BlockTermsAsync(ClaimsPrincipal admin, string trackingNumber, string termList, string category, string? reason, CancellationToken ct = default) =>
        decisions.RunAsync(admin, trackingNumber, TakedownAction.BlockTerms, reason, (db, start) => BlockAsync(db, start, termList, category, ct), ct);

    internal async Task<ModerationResult> BlockAsync(AppDbContext db, ActionStart start, string termList, string category, CancellationToken ct)
    {
        var wanted = termList.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (wanted.Length == 0 || string.IsNullOrWhiteSpace(category))
        {
            return new ModerationResult.Refused("Enter the words to block and a category for them.");
        }
        var added = new List<string>();
        var problems = new List<string>();
        foreach (var term in wanted)
        {
            // Each term is added and audited the way /admin/policy adds one, but commits with the decision, so a
            // decision that loses a race with another admin's leaves no terms behind.
            if (await terms.MarkAddedAsync(db, term, category, start.Actor, ct) is { } problem)
            {
                problems.Add(problem);
            }
            else
            {
                added.Add(term);
            }
        }
        if (added.Count == 0)
        {
            return new ModerationResult.Refused(string.Join(" ", problems));
        }
        await upholding.CommitAsync(db, start, TakedownAction.BlockTerms, $"blocked {string.Join(", ", added)} ({category.Trim()})", [], ct);
        terms.Applied();
        var told = await upholding.TellAsync(start, "We changed our prompt policy so that prompts like the one behind this image are refused.", [], ownerMail: null, ct);
        return new ModerationResult.Done($"Blocked {string.Join(", ", added)}. {told}" + (problems.Count == 0 ? "" : " " + string.Join(" ", problems)));
    }
}
