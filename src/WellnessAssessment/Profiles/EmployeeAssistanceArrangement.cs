using System.Text.Json.Serialization;

namespace WellnessAssessment.Profiles;

/// <summary>Who provides the agency's employee assistance program (EAP).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EmployeeAssistanceArrangement>))]
public enum EmployeeAssistanceArrangement
{
    /// <summary>The agency contracts or runs its own EAP (<c>own</c>).</summary>
    [JsonStringEnumMemberName("own")]
    Own,

    /// <summary>The city's or county's EAP covers the agency; the agency does not hold the contract (<c>city-county</c>).</summary>
    [JsonStringEnumMemberName("city-county")]
    CityOrCounty,

    /// <summary>No EAP covers the agency's staff (<c>none</c>).</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
