using System.Text.Json.Serialization;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.ActionPlan;

/// <summary>Why an item entered the action plan.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionReason>))]
public enum ActionReason
{
    /// <summary>The item scored below <see cref="ScoringOptions.ActionScoreThreshold"/>.</summary>
    [JsonStringEnumMemberName("low-score")]
    LowScore,

    /// <summary>The item's don't-know rate is at least <see cref="ScoringOptions.AwarenessGapThreshold"/>.</summary>
    [JsonStringEnumMemberName("awareness-gap")]
    AwarenessGap,
}
