namespace WellnessAssessment.Participation;

/// <summary>
/// Participation in a cycle against the agency's headcounts (see <see cref="ParticipationCalculator.Compute"/>):
/// counts follow the anonymity rule of <see cref="Participation.ParticipationCounts"/>, and rates are shown only
/// beside counts that are shown.
/// </summary>
public sealed record ParticipationReport
{
    /// <summary>All staff expected to answer, or null when unknown (see <see cref="Headcounts.Total"/>).</summary>
    public required int? Headcount { get; init; }

    /// <summary>All respondents, or null when the total is below the anonymity threshold.</summary>
    public required int? Respondents { get; init; }

    /// <summary>Respondents ÷ headcount, or null when either is unknown or withheld.</summary>
    public required double? Rate { get; init; }

    /// <summary>More respondents than the total headcount.</summary>
    public required bool OverHeadcount { get; init; }

    /// <summary>
    /// The withheld groups together have more respondents than their headcounts together. Raised only when their joint
    /// count is publishable (at least the anonymity threshold) and every withheld group has a headcount; it never names
    /// a withheld group.
    /// </summary>
    public bool WithheldOverHeadcount { get; init; }

    /// <summary>
    /// Responses that gave the same numeric answer to every item (see <see cref="Participation.IdenticalSheets"/>), or
    /// null when not counted (the caller had no responses at hand).
    /// </summary>
    public IdenticalSheets? IdenticalSheets { get; init; }

    /// <summary>The anonymity threshold the counts were protected with.</summary>
    public required int MinimumGroupSize { get; init; }

    /// <summary>Per respondent group, in instrument order.</summary>
    public required IReadOnlyList<GroupParticipation> Groups { get; init; }

    /// <summary>True when the total, a published group or the withheld groups together are over their headcount, a group had a burst, or sheets were identical: results to check before they are presented.</summary>
    public bool NeedsReview => OverHeadcount || WithheldOverHeadcount || IdenticalSheets?.Flagged == true || Groups.Any(g => g.OverHeadcount || g.Burst is not null);
}
