using System.Text.Json.Serialization;

namespace WellnessAssessment.Disclosure;

/// <summary>Whether a release shows figures at all.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReleaseStatus>))]
public enum ReleaseStatus
{
    /// <summary>The release shows the figures the disclosure gate lets through (<c>published</c>).</summary>
    [JsonStringEnumMemberName("published")]
    Published,

    /// <summary>
    /// An anonymous survey that fewer than <see cref="Scoring.ScoringOptions.MinimumGroupSize"/> people answered
    /// (<c>fewer-than-minimum</c>): the release says only that; no count, no score, no plan.
    /// </summary>
    [JsonStringEnumMemberName("fewer-than-minimum")]
    FewerThanMinimum,
}
