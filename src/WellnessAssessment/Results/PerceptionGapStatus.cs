using System.Text.Json.Serialization;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Results;

/// <summary>Whether a <see cref="PerceptionGap"/> was computed, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerceptionGapStatus>))]
public enum PerceptionGapStatus
{
    /// <summary>Both pools had enough respondents; the figures are present.</summary>
    [JsonStringEnumMemberName("computed")]
    Computed,

    /// <summary>A pool had fewer respondents than <see cref="ScoringOptions.MinimumGroupSize"/>.</summary>
    [JsonStringEnumMemberName("insufficient-respondents")]
    InsufficientRespondents,

    /// <summary>
    /// Both pools were large enough, but publishing pool means next to the per-group figures would let a reader
    /// recover the combined score of fewer than <see cref="ScoringOptions.MinimumGroupSize"/> suppressed respondents.
    /// </summary>
    [JsonStringEnumMemberName("withheld-for-anonymity")]
    WithheldForAnonymity,

    /// <summary>The instrument marks no group as leadership or none as frontline.</summary>
    [JsonStringEnumMemberName("no-pools")]
    NoPools,
}
