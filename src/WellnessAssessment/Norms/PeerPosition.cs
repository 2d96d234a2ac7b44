using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>
/// Where a score lies among the peers' published statistics: the 10th to 90th percentile (20 or more agencies), the
/// 25th to 75th (10–19), or the median alone (5–9).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeerPosition>))]
public enum PeerPosition
{
    /// <summary>Below the peers' 10th percentile (<c>below-p10</c>).</summary>
    [JsonStringEnumMemberName("below-p10")]
    BelowP10,

    /// <summary>Within the published range, p10–p90 or p25–p75 (<c>within</c>); the percentile rank is given.</summary>
    [JsonStringEnumMemberName("within")]
    Within,

    /// <summary>Above the peers' 90th percentile (<c>above-p90</c>).</summary>
    [JsonStringEnumMemberName("above-p90")]
    AboveP90,

    /// <summary>Below the peers' 25th percentile, in a cell that publishes the quartiles only (<c>below-p25</c>).</summary>
    [JsonStringEnumMemberName("below-p25")]
    BelowP25,

    /// <summary>Above the peers' 75th percentile, in a cell that publishes the quartiles only (<c>above-p75</c>).</summary>
    [JsonStringEnumMemberName("above-p75")]
    AboveP75,

    /// <summary>Below the peers' median, in a cell that publishes the median only (<c>below-median</c>).</summary>
    [JsonStringEnumMemberName("below-median")]
    BelowMedian,

    /// <summary>At the peers' median (rounded to whole points), in a cell that publishes the median only (<c>at-median</c>).</summary>
    [JsonStringEnumMemberName("at-median")]
    AtMedian,

    /// <summary>Above the peers' median, in a cell that publishes the median only (<c>above-median</c>).</summary>
    [JsonStringEnumMemberName("above-median")]
    AboveMedian,
}
