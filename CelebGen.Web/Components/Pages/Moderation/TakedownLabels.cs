using CelebGen.Domain.Moderation.Matching;
using CelebGen.Domain.Moderation.Takedowns;
using MudBlazor;

namespace CelebGen.Web.Components.Pages.Moderation;

/// <summary>The words the admin pages use for request states, categories, actions and matches.</summary>
public static class TakedownLabels
{
    public static string Of(TakedownStatus status) => status switch
    {
        TakedownStatus.New => "New",
        TakedownStatus.InReview => "In review",
        TakedownStatus.Actioned => "Actioned",
        TakedownStatus.Rejected => "Rejected",
        _ => "Closed",
    };

    public static Color ColorOf(TakedownStatus status) => status switch
    {
        TakedownStatus.New => Color.Info,
        TakedownStatus.InReview => Color.Warning,
        TakedownStatus.Actioned => Color.Success,
        _ => Color.Default,
    };

    public static string Of(TakedownCategory category) => category switch
    {
        TakedownCategory.LikenessWithoutConsent => "Likeness without consent",
        TakedownCategory.IntimateImagery => "Intimate imagery",
        TakedownCategory.Copyright => "Copyright",
        _ => "Other",
    };

    public static string Of(ReporterRelationship relationship) => relationship switch
    {
        ReporterRelationship.PersonShown => "the person shown",
        ReporterRelationship.AuthorisedRepresentative => "their authorised representative",
        _ => "someone else",
    };

    public static string Of(TakedownAction action) => action switch
    {
        TakedownAction.RemoveMatchedImages => "Remove matched images",
        TakedownAction.RemoveJobImages => "Remove every image of a job",
        TakedownAction.SuspendAccount => "Suspend the account",
        TakedownAction.BlockTerms => "Block prompt terms",
        TakedownAction.Reject => "Reject the request",
        _ => "Close the request",
    };

    public static string Of(MatchKind kind, int? hashDistance) => kind switch
    {
        MatchKind.Watermark => "invisible watermark (exact)",
        MatchKind.ReferenceCode => "reference code",
        _ => $"looks alike (hash distance {hashDistance})",
    };

    /// <summary>"45 min", "5 h", "3 d": how long ago, or how long until.</summary>
    public static string Span(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalHours < 1 ? $"{Math.Max(1, (int)abs.TotalMinutes)} min"
            : abs.TotalDays < 2 ? $"{(int)abs.TotalHours} h"
            : $"{(int)abs.TotalDays} d";
    }
}
