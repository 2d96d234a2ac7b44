using System.Text.Json.Serialization;

namespace WellnessAssessment.Scoring;

/// <summary>Why a group's figures were withheld.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuppressionReason>))]
public enum SuppressionReason
{
    /// <summary>The group has fewer respondents than <see cref="ScoringOptions.MinimumGroupSize"/>.</summary>
    [JsonStringEnumMemberName("below-minimum-group-size")]
    BelowMinimumGroupSize,

    /// <summary>
    /// The group is large enough, but was suppressed as well so that the suppressed groups together hold at least
    /// <see cref="ScoringOptions.MinimumGroupSize"/> respondents and cannot be recovered by subtraction.
    /// </summary>
    [JsonStringEnumMemberName("complementary")]
    Complementary,
}
