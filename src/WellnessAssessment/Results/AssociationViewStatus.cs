using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>Whether the "what moves with what" view is computed for a release.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociationViewStatus>))]
public enum AssociationViewStatus
{
    /// <summary>An anonymous survey whose release is published: every domain × outcome pair is listed with its own status.</summary>
    [JsonStringEnumMemberName("computed")]
    Computed,

    /// <summary>A leadership self-assessment: named answers of a few people; no correlation is computed.</summary>
    [JsonStringEnumMemberName("not-an-anonymous-survey")]
    NotAnAnonymousSurvey,
}
