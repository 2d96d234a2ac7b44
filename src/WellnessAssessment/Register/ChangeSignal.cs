using System.Text.Json.Serialization;

namespace WellnessAssessment.Register;

/// <summary>
/// What a score change says once its uncertainty is taken into account. A score "moved" when the two cycles' 95%
/// confidence intervals do not overlap — the rule the trend already uses to tell change from noise.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChangeSignal>))]
public enum ChangeSignal
{
    /// <summary>Higher now, and the intervals do not overlap.</summary>
    [JsonStringEnumMemberName("improved")]
    Improved,

    /// <summary>Lower now, and the intervals do not overlap.</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,

    /// <summary>The intervals overlap: the change may be noise.</summary>
    [JsonStringEnumMemberName("within-noise")]
    WithinNoise,

    /// <summary>Both scores exist but an interval does not (fewer than two answers in a cycle).</summary>
    [JsonStringEnumMemberName("undetermined")]
    Undetermined,

    /// <summary>A score is missing in one cycle, or the item or domain is not comparable across the instrument versions.</summary>
    [JsonStringEnumMemberName("not-comparable")]
    NotComparable,
}
