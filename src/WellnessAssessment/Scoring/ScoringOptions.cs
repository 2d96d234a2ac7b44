using WellnessAssessment.Results;

namespace WellnessAssessment.Scoring;

/// <summary>
/// The options of the scoring method that a caller may change. The defaults are those of the scoring contract;
/// every <see cref="AssessmentResult"/> states the options it was computed with.
/// </summary>
public sealed record ScoringOptions
{
    /// <summary>The smallest <see cref="MinimumGroupSize"/> allowed: anonymity is never weaker than this.</summary>
    public const int SmallestAllowedGroupSize = 3;

    /// <summary>The value of <see cref="MinimumAlphaRespondents"/>: 10.</summary>
    public const int ContractMinimumAlphaRespondents = 10;

    /// <summary>The options of the scoring contract: coverage 0.5, groups of at least 5, gaps of 15 points.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>
    /// The share of a domain's applicable item weight a respondent must have answered numerically for their answers
    /// to count in that domain (0 &lt; x ≤ 1). Default 0.5.
    /// </summary>
    public double MinimumCoverage { get; init; } = 0.5;

    /// <summary>
    /// What the answers are for (<see cref="Disclosure.ReleasePurpose"/>): an anonymous survey (the default) or a named
    /// leadership self-assessment. It decides what the disclosure gate lets the result show.
    /// </summary>
    public Disclosure.ReleasePurpose Purpose { get; init; } = Disclosure.ReleasePurpose.AnonymousSurvey;

    /// <summary>
    /// Whether the disclosure gate applies secondary suppression. Always on; only the auditor's test turns it off, to
    /// show that the audit fails without it.
    /// </summary>
    internal bool SecondarySuppression { get; init; } = true;

    /// <summary>The fewest respondents a group may have and still be reported (at least 3). Default 5.</summary>
    public int MinimumGroupSize { get; init; } = 5;

    /// <summary>The absolute leadership-minus-frontline difference, in points, that flags a perception gap. Default 15.</summary>
    public double GapThreshold { get; init; } = 15;

    /// <summary>The lower edges of the emerging, developing, established and leading bands. Default 20, 40, 60, 80.</summary>
    public BandEdges BandEdges { get; init; } = BandEdges.Default;

    /// <summary>Items scoring below this enter the action plan. Default 60.</summary>
    public double ActionScoreThreshold { get; init; } = 60;

    /// <summary>Items whose don't-know rate is at least this enter the action plan as awareness gaps. Default 0.25.</summary>
    public double AwarenessGapThreshold { get; init; } = 0.25;

    /// <summary>Items scoring at least this are listed as strengths. Default 80.</summary>
    public double StrengthThreshold { get; init; } = 80;

    /// <summary>Items whose r<sub>wg</sub> is below this are flagged for low consensus. Default 0.5.</summary>
    public double LowConsensusThreshold { get; init; } = 0.5;

    /// <summary>
    /// The fewest respondents who answered every item of a domain for Cronbach's alpha to be reported: 10, fixed by the
    /// scoring contract (alpha from fewer respondents is too unstable to print). Results state it so that reports can
    /// say it; it cannot be changed.
    /// </summary>
#pragma warning disable CA1822 // An instance member, so that results serialize it with the other options.
    public int MinimumAlphaRespondents => ContractMinimumAlphaRespondents;
#pragma warning restore CA1822
}
