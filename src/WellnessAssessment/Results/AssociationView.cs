namespace WellnessAssessment.Results;

/// <summary>
/// The "what moves with what" view: for every domain and every outcome item, how the respondents' domain scores move
/// with their outcome answers (<see cref="Association"/>). Published only for an anonymous survey's published release,
/// and each pair only where at least <see cref="MinimumPairs"/> respondents have both figures.
/// </summary>
public sealed record AssociationView
{
    /// <summary>The smallest pairwise n for which a correlation is published: 30.</summary>
    public const int MinimumPairCount = 30;

    /// <summary>The plain-language caution every output shows beside the figures.</summary>
    public const string CautionText =
        "These figures show association, not cause: a practice that moves with an outcome across respondents does not show that improving the practice would change the outcome (both may follow a third thing, such as a respondent's shift or outlook). A correlation is shown only where at least 30 respondents answered both; an interval that includes 0 is consistent with no association, and a correlation below about 0.3 either way is weak.";

    /// <summary>Whether the view is computed for this release.</summary>
    public required AssociationViewStatus Status { get; init; }

    /// <summary>The smallest pairwise n for which a correlation is published (<see cref="MinimumPairCount"/>).</summary>
    public int MinimumPairs { get; init; } = MinimumPairCount;

    /// <summary>The plain-language caution (<see cref="CautionText"/>).</summary>
    public string Caution { get; init; } = CautionText;

    /// <summary>One entry per domain and outcome, domains in instrument order, then outcomes in instrument order; empty unless computed.</summary>
    public required IReadOnlyList<Association> Entries { get; init; }
}
