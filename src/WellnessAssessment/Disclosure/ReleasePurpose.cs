using System.Text.Json.Serialization;

namespace WellnessAssessment.Disclosure;

/// <summary>
/// What a cycle's answers are for, declared when it opens. It decides what the release may show: an anonymous survey
/// never shows a figure of fewer than <see cref="Scoring.ScoringOptions.MinimumGroupSize"/> respondents; a leadership
/// self-assessment is named (the chief alone, or named command staff) and may show a one-person view.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReleasePurpose>))]
public enum ReleasePurpose
{
    /// <summary>
    /// An anonymous staff survey (<c>anonymous-survey</c>, the default): one release, at close; nothing when fewer than k
    /// responded; no figure of a group of fewer than k, at any level.
    /// </summary>
    [JsonStringEnumMemberName("anonymous-survey")]
    AnonymousSurvey,

    /// <summary>
    /// A leadership self-assessment (<c>leadership-self-assessment</c>): the chief alone, or named command staff, who are
    /// told their answers are not anonymous. Every figure is shown, a one-person view included.
    /// </summary>
    [JsonStringEnumMemberName("leadership-self-assessment")]
    LeadershipSelfAssessment,
}
