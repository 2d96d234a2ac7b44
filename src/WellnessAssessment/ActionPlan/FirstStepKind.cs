using System.Text.Json.Serialization;

namespace WellnessAssessment.ActionPlan;

/// <summary>What a step that begins the plan does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FirstStepKind>))]
public enum FirstStepKind
{
    /// <summary>Hear staff across ranks, because the result is one view (<c>hear-staff</c>).</summary>
    [JsonStringEnumMemberName("hear-staff")]
    HearStaff,

    /// <summary>Create or assign a role that later steps need and the agency may not have (<c>assign-role</c>).</summary>
    [JsonStringEnumMemberName("assign-role")]
    AssignRole,
}
