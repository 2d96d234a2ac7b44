using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>Why a result is one view of the agency rather than the view of its ranks.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SingleViewReason>))]
public enum SingleViewReason
{
    /// <summary>One person answered (<c>one-respondent</c>).</summary>
    [JsonStringEnumMemberName("one-respondent")]
    OneRespondent,

    /// <summary>Several people answered, all of one respondent group (<c>one-group</c>).</summary>
    [JsonStringEnumMemberName("one-group")]
    OneGroup,
}
