using System.Text.Json;
using System.Text.Json.Serialization;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Scoring;

/// <summary>The body of <c>POST /api/score</c> and <c>POST /api/reports</c>: a response set, optionally with a custom instrument and options.</summary>
public sealed record ScoreRequest
{
    /// <summary>The instrument and version the answers were given to.</summary>
    public InstrumentReference? Instrument { get; init; }

    /// <summary>The agency, when known.</summary>
    public AgencyInfo? Agency { get; init; }

    /// <summary>The responses.</summary>
    public IReadOnlyList<Response>? Responses { get; init; }

    /// <summary>A custom instrument to score against instead of a built-in one.</summary>
    public Instrument? InstrumentDefinition { get; init; }

    /// <summary>Scoring options; anything left out keeps the contract's default.</summary>
    public ScoringOptionsRequest? Options { get; init; }

    /// <summary>An earlier result to report the trend against.</summary>
    public AssessmentResult? Previous { get; init; }
}

/// <summary>
/// Scoring options in a request; a field left out keeps its default. These are the options the scoring contract lets a
/// caller change; Cronbach's alpha's minimum of 10 respondents is fixed, so <c>minimumAlphaRespondents</c> is not accepted.
/// </summary>
public sealed record ScoringOptionsRequest
{
    /// <summary>See <see cref="ScoringOptions.MinimumCoverage"/>.</summary>
    public double? MinimumCoverage { get; init; }

    /// <summary>See <see cref="ScoringOptions.Purpose"/>: <c>anonymous-survey</c> (the default) or <c>leadership-self-assessment</c> (named answers, every figure shown).</summary>
    public Disclosure.ReleasePurpose? Purpose { get; init; }

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

    /// <summary>See <see cref="ScoringOptions.BandEdges"/>: all four edges, increasing.</summary>
    public BandEdges? BandEdges { get; init; }

    /// <summary>Fields that are not scoring options a caller may set; any of them makes the request invalid.</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? OtherFields { get; set; }

    /// <summary>The options this request asks for, over the defaults.</summary>
    /// <exception cref="AssessmentValidationException">The request names an option that is fixed or unknown (path <c>options.name</c>).</exception>
    public ScoringOptions ToOptions()
    {
        if (OtherFields is { Count: > 0 } others)
        {
            throw new AssessmentValidationException("scoring options", others.Keys.Order(StringComparer.Ordinal).Select(name => new ValidationError(
                $"options.{name}",
                name == "minimumAlphaRespondents"
                    ? $"is fixed at {ScoringOptions.ContractMinimumAlphaRespondents} by the scoring method and cannot be changed"
                    : "is not a scoring option (options: purpose, minimumCoverage, minimumGroupSize, gapThreshold, actionScoreThreshold, awarenessGapThreshold, strengthThreshold, lowConsensusThreshold, bandEdges)")));
        }

        return ToChanges().ApplyTo();
    }

    /// <summary>The options this request changes, for the one builder (<see cref="ScoringOptionChanges.ApplyTo"/>) the CLI uses too.</summary>
    public ScoringOptionChanges ToChanges() => new()
    {
        Purpose = Purpose,
        MinimumCoverage = MinimumCoverage,
        MinimumGroupSize = MinimumGroupSize,
        GapThreshold = GapThreshold,
        ActionScoreThreshold = ActionScoreThreshold,
        AwarenessGapThreshold = AwarenessGapThreshold,
        StrengthThreshold = StrengthThreshold,
        LowConsensusThreshold = LowConsensusThreshold,
        BandEdges = BandEdges,
    };
}
