using WellnessAssessment.Disclosure;

namespace WellnessAssessment.Results;

/// <summary>
/// One respondent group's figures for a domain or an item. A suppressed group reports only the fact of suppression:
/// its count, score, SD and interval are <see langword="null"/>.
/// </summary>
public sealed record GroupResult
{
    /// <summary>The group id.</summary>
    public required string Id { get; init; }

    /// <summary>The number of respondents counted; <see langword="null"/> when suppressed.</summary>
    public required int? N { get; init; }

    /// <summary>Whether the group's figures are withheld to protect anonymity.</summary>
    public required bool Suppressed { get; init; }

    /// <summary>Why the group was suppressed, when it was.</summary>
    public required SuppressionReason? SuppressionReason { get; init; }

    /// <summary>The group's mean score; <see langword="null"/> when suppressed or empty.</summary>
    public required double? Score { get; init; }

    /// <summary>The group's sample SD; <see langword="null"/> when suppressed or fewer than 2 respondents.</summary>
    public required double? Sd { get; init; }

    /// <summary>The group's 95% confidence interval (domains only); <see langword="null"/> when suppressed, for items, or fewer than 2 respondents.</summary>
    public required ConfidenceInterval? Ci95 { get; init; }
}
