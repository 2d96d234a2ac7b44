using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>Whether an <see cref="Association"/> is published, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociationStatus>))]
public enum AssociationStatus
{
    /// <summary>At least <see cref="AssociationView.MinimumPairs"/> respondents have both figures; r, its interval and n are present.</summary>
    [JsonStringEnumMemberName("published")]
    Published,

    /// <summary>Fewer than <see cref="AssociationView.MinimumPairs"/> respondents have both a domain score and a numeric outcome answer.</summary>
    [JsonStringEnumMemberName("fewer-than-minimum-pairs")]
    FewerThanMinimumPairs,

    /// <summary>Enough pairs, but the domain's or the outcome's overall figure is withheld by the disclosure gate.</summary>
    [JsonStringEnumMemberName("withheld-for-anonymity")]
    WithheldForAnonymity,

    /// <summary>Enough pairs, but every respondent gave the same domain score or the same outcome answer, so r is undefined.</summary>
    [JsonStringEnumMemberName("no-variation")]
    NoVariation,
}
