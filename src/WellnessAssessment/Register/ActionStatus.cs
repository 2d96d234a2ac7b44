using System.Text.Json.Serialization;

namespace WellnessAssessment.Register;

/// <summary>Where an adopted action stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
public enum ActionStatus
{
    /// <summary>Adopted, not started.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>Work has started.</summary>
    [JsonStringEnumMemberName("in-progress")]
    InProgress,

    /// <summary>Finished.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>Given up; <see cref="RegisterAction.DroppedReason"/> says why.</summary>
    [JsonStringEnumMemberName("dropped")]
    Dropped,
}
