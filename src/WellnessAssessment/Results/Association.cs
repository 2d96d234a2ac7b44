namespace WellnessAssessment.Results;

/// <summary>
/// How one domain score moves with one outcome across respondents: Pearson's r over the respondents who have both a
/// domain score (scoring method, "Respondent domain score") and a numeric answer to the outcome (pairwise complete:
/// don't-know, not-applicable and unanswered leave a respondent out of that pair only). An association, not a cause.
/// </summary>
public sealed record Association
{
    /// <summary>The domain id.</summary>
    public required string DomainId { get; init; }

    /// <summary>The outcome id.</summary>
    public required string OutcomeId { get; init; }

    /// <summary>Whether the figures are published, and if not, why.</summary>
    public required AssociationStatus Status { get; init; }

    /// <summary>The pairwise n: respondents with both figures; <see langword="null"/> unless <see cref="Status"/> is published.</summary>
    public required int? N { get; init; }

    /// <summary>Pearson's correlation coefficient, in [−1, 1]; <see langword="null"/> unless published.</summary>
    public required double? R { get; init; }

    /// <summary>
    /// The 95% confidence interval of r by Fisher's z: <c>tanh(atanh(r) ± 1.959964 / √(n − 3))</c>; <see langword="null"/>
    /// unless published.
    /// </summary>
    public required ConfidenceInterval? Ci95 { get; init; }
}
