using WellnessAssessment.Disclosure;

namespace WellnessAssessment.Scoring;

/// <summary>
/// The scoring options a caller may change (scoring contract, "Defaults that a caller may change"), each
/// <see langword="null"/> to keep its default. The one way partial options become <see cref="ScoringOptions"/>: the
/// CLI's flags and the API's <c>options</c> object both build one of these and call <see cref="ApplyTo"/>, so the same
/// input gives the same options. Cronbach's alpha's minimum of 10 respondents is fixed and cannot be changed.
/// </summary>
public sealed record ScoringOptionChanges
{
    /// <summary>See <see cref="ScoringOptions.Purpose"/>.</summary>
    public ReleasePurpose? Purpose { get; init; }

    /// <summary>See <see cref="ScoringOptions.MinimumCoverage"/>.</summary>
    public double? MinimumCoverage { get; init; }

    /// <summary>See <see cref="ScoringOptions.MinimumGroupSize"/>.</summary>
    public int? MinimumGroupSize { get; init; }

    /// <summary>See <see cref="ScoringOptions.GapThreshold"/>.</summary>
    public double? GapThreshold { get; init; }

    /// <summary>See <see cref="ScoringOptions.ActionScoreThreshold"/>.</summary>
    public double? ActionScoreThreshold { get; init; }

    /// <summary>See <see cref="ScoringOptions.AwarenessGapThreshold"/>.</summary>
    public double? AwarenessGapThreshold { get; init; }

    /// <summary>See <see cref="ScoringOptions.StrengthThreshold"/>.</summary>
    public double? StrengthThreshold { get; init; }

    /// <summary>See <see cref="ScoringOptions.LowConsensusThreshold"/>.</summary>
    public double? LowConsensusThreshold { get; init; }

    /// <summary>See <see cref="ScoringOptions.BandEdges"/>: all four edges.</summary>
    public BandEdges? BandEdges { get; init; }

    /// <summary>
    /// The options with these changes over <paramref name="defaults"/> (<see cref="ScoringOptions.Default"/> when
    /// <see langword="null"/>). Nothing is validated here: the scorer validates the options it is given.
    /// </summary>
    /// <param name="defaults">The options to change; <see langword="null"/> for the contract's defaults.</param>
    public ScoringOptions ApplyTo(ScoringOptions? defaults = null)
    {
        var baseline = defaults ?? ScoringOptions.Default;
        return baseline with
        {
            Purpose = Purpose ?? baseline.Purpose,
            MinimumCoverage = MinimumCoverage ?? baseline.MinimumCoverage,
            MinimumGroupSize = MinimumGroupSize ?? baseline.MinimumGroupSize,
            GapThreshold = GapThreshold ?? baseline.GapThreshold,
            ActionScoreThreshold = ActionScoreThreshold ?? baseline.ActionScoreThreshold,
            AwarenessGapThreshold = AwarenessGapThreshold ?? baseline.AwarenessGapThreshold,
            StrengthThreshold = StrengthThreshold ?? baseline.StrengthThreshold,
            LowConsensusThreshold = LowConsensusThreshold ?? baseline.LowConsensusThreshold,
            BandEdges = BandEdges ?? baseline.BandEdges,
        };
    }
}
