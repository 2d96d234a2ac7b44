using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>Where a score lies in the peers' published range (10th to 90th percentile).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeerPosition>))]
public enum PeerPosition
{
    /// <summary>Below the peers' 10th percentile (<c>below-p10</c>).</summary>
    [JsonStringEnumMemberName("below-p10")]
    BelowP10,

    /// <summary>From the 10th to the 90th percentile (<c>within</c>); the percentile rank is given.</summary>
    [JsonStringEnumMemberName("within")]
    Within,

    /// <summary>Above the peers' 90th percentile (<c>above-p90</c>).</summary>
    [JsonStringEnumMemberName("above-p90")]
    AboveP90,
}
