using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>An item's figures.</summary>
public sealed record ItemResult
{
    /// <summary>The item id.</summary>
    public required string Id { get; init; }

    /// <summary>The item text, copied from the instrument.</summary>
    public required string Text { get; init; }

    /// <summary>The mean normalised answer, or <see langword="null"/> when nobody answered numerically.</summary>
    public required double? Score { get; init; }

    /// <summary>The band of <see cref="Score"/>.</summary>
    public required Band? Band { get; init; }

    /// <summary>The number of numeric answers.</summary>
    public required int N { get; init; }

    /// <summary>The sample standard deviation of the normalised answers; <see langword="null"/> when <see cref="N"/> &lt; 2.</summary>
    public required double? Sd { get; init; }

    /// <summary>The mean raw answer on the instrument's scale; <see langword="null"/> when <see cref="N"/> is 0.</summary>
    public required double? MeanLevel { get; init; }

    /// <summary>don't-know ÷ (numeric + don't-know); <see langword="null"/> when that denominator is 0.</summary>
    public required double? DontKnowRate { get; init; }

    /// <summary>The within-group agreement r<sub>wg</sub>, clipped to [0, 1]; <see langword="null"/> when <see cref="N"/> &lt; 2.</summary>
    public required double? Rwg { get; init; }

    /// <summary>Whether <see cref="Rwg"/> is below <see cref="ScoringOptions.LowConsensusThreshold"/>.</summary>
    public required bool LowConsensus { get; init; }

    /// <summary>The per-group breakdown, with anonymity suppression applied to the item's own counts.</summary>
    public required IReadOnlyList<GroupResult> Groups { get; init; }
}
