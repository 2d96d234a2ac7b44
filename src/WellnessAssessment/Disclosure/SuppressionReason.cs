using System.Text.Json.Serialization;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Disclosure;

/// <summary>Why a group's figures were withheld.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuppressionReason>))]
public enum SuppressionReason
{
    /// <summary>The group has fewer respondents than <see cref="ScoringOptions.MinimumGroupSize"/>.</summary>
    [JsonStringEnumMemberName("below-minimum-group-size")]
    BelowMinimumGroupSize,

    /// <summary>
    /// The group was suppressed to protect others: so that the suppressed groups together hold at least
    /// <see cref="ScoringOptions.MinimumGroupSize"/> respondents and cannot be recovered by subtraction. It has at least
    /// that many respondents, except when every suppressed group is below the minimum with exactly k−1 respondents and
    /// no other group can join them: then all are stated complementary, so that no count follows from the total.
    /// </summary>
    [JsonStringEnumMemberName("complementary")]
    Complementary,
}
