namespace CelebGen.Domain.Moderation.Takedowns;

/// <summary>What an admin can do with a request. The first four uphold it; each one needs a reason.</summary>
public enum TakedownAction { RemoveMatchedImages, RemoveJobImages, SuspendAccount, BlockTerms, Reject, Close }

/// <summary>Which actions a status allows, the status each leads to, and its name in the audit log.</summary>
public static class TakedownTransitions
{
    public static bool Allows(this TakedownStatus status, TakedownAction action) => action switch
    {
        TakedownAction.Reject => status is TakedownStatus.New or TakedownStatus.InReview,
        TakedownAction.Close => status is TakedownStatus.Actioned or TakedownStatus.Rejected,
        // Upholding may take several steps (remove the images, then suspend), so an actioned request takes more.
        _ => status is TakedownStatus.New or TakedownStatus.InReview or TakedownStatus.Actioned,
    };

    public static TakedownStatus Leads(this TakedownAction action) => action switch
    {
        TakedownAction.Reject => TakedownStatus.Rejected,
        TakedownAction.Close => TakedownStatus.Closed,
        _ => TakedownStatus.Actioned,
    };

    public static IReadOnlyList<TakedownAction> AvailableIn(TakedownStatus status) => [.. Enum.GetValues<TakedownAction>().Where(a => status.Allows(a))];

    public static string AuditName(this TakedownAction action) => action switch
    {
        TakedownAction.RemoveMatchedImages => "takedown.images-removed",
        TakedownAction.RemoveJobImages => "takedown.job-removed",
        TakedownAction.SuspendAccount => "takedown.account-suspended",
        TakedownAction.BlockTerms => "takedown.terms-blocked",
        TakedownAction.Reject => "takedown.rejected",
        _ => "takedown.closed",
    };
}
