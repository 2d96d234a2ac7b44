using WellnessAssessment.Results;

namespace WellnessAssessment.Reports.Model;

/// <summary>
/// The words for a domain's perception gap, the one home of that wording: the reports' gap tables and the console's
/// (served by the API's result view) both take them from here.
/// </summary>
internal static class GapWords
{
    /// <summary>The note beside a gap of at least the gap threshold.</summary>
    public const string Flagged = "flagged";

    /// <summary>Why a domain has no gap figure; empty when the gap is computed.</summary>
    /// <param name="status">The domain's gap status.</param>
    public static string Note(PerceptionGapStatus status) => status switch
    {
        PerceptionGapStatus.Computed => string.Empty,
        PerceptionGapStatus.InsufficientRespondents => "too few respondents in a pool",
        PerceptionGapStatus.WithheldForAnonymity => "withheld to protect a small group",
        _ => "no leadership/frontline pools",
    };

    /// <summary>The note shown beside <paramref name="gap"/>: <see cref="Flagged"/>, or why it has no figure, or empty.</summary>
    /// <param name="gap">The domain's perception gap.</param>
    public static string For(PerceptionGap gap) => Shown(gap.Flagged, Note(gap.Status));

    /// <summary>The note shown beside a gap row: <see cref="Flagged"/> when flagged, else its <paramref name="note"/>.</summary>
    /// <param name="flagged">Whether the gap reaches the gap threshold.</param>
    /// <param name="note">Why the gap has no figure (<see cref="Note"/>), or empty.</param>
    public static string Shown(bool flagged, string note) => flagged ? Flagged : note;

    /// <summary>Every word this class can give (for the check that the pages hold none of them).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Flagged, .. Enum.GetValues<PerceptionGapStatus>().Select(Note).Where(note => note.Length > 0).Distinct(StringComparer.Ordinal)];
}
