using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>What a trend compares.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendBasis>))]
public enum TrendBasis
{
    /// <summary>Both results are of the same major version: every section and domain is compared (<c>same-version</c>).</summary>
    [JsonStringEnumMemberName("same-version")]
    SameVersion,

    /// <summary>
    /// The versions differ and a crosswalk links them: only items kept or reworded one-to-one, and domains made only of
    /// such items, are compared; the rest is listed in <see cref="TrendResult.NotComparable"/> (<c>crosswalk</c>).
    /// </summary>
    [JsonStringEnumMemberName("crosswalk")]
    Crosswalk,
}
