using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>A domain's figures: the mean of the included respondents' domain scores, with spread, reliability and breakdowns.</summary>
public sealed record DomainResult
{
    /// <summary>The domain id.</summary>
    public required string Id { get; init; }

    /// <summary>The domain title, copied from the instrument.</summary>
    public required string Title { get; init; }

    /// <summary>The domain score, or <see langword="null"/> ("insufficient data") when no respondent was included.</summary>
    public required double? Score { get; init; }

    /// <summary>The band of <see cref="Score"/>.</summary>
    public required Band? Band { get; init; }

    /// <summary>The number of respondents included (coverage at least <see cref="ScoringOptions.MinimumCoverage"/>).</summary>
    public required int N { get; init; }

    /// <summary>The sample standard deviation of the respondents' domain scores; <see langword="null"/> when <see cref="N"/> &lt; 2.</summary>
    public required double? Sd { get; init; }

    /// <summary>The 95% confidence interval of the mean (Student t), clipped to [0, 100]; <see langword="null"/> when <see cref="N"/> &lt; 2.</summary>
    public required ConfidenceInterval? Ci95 { get; init; }

    /// <summary>Cronbach's alpha on raw values; <see langword="null"/> unless enough respondents answered every item and the domain has two or more items.</summary>
    public required double? Alpha { get; init; }

    /// <summary>The leadership-versus-frontline comparison.</summary>
    public required PerceptionGap PerceptionGap { get; init; }

    /// <summary>The per-group breakdown, one entry per instrument group, with anonymity suppression applied.</summary>
    public required IReadOnlyList<GroupResult> Groups { get; init; }

    /// <summary>The domain's items, in instrument order.</summary>
    public required IReadOnlyList<ItemResult> Items { get; init; }
}
