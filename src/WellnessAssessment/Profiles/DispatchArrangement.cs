using System.Text.Json.Serialization;

namespace WellnessAssessment.Profiles;

/// <summary>Who dispatches the agency's calls.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DispatchArrangement>))]
public enum DispatchArrangement
{
    /// <summary>The agency runs its own dispatch centre (<c>own</c>).</summary>
    [JsonStringEnumMemberName("own")]
    Own,

    /// <summary>A shared, regional or county dispatch centre serves the agency (<c>shared</c>).</summary>
    [JsonStringEnumMemberName("shared")]
    Shared,

    /// <summary>The agency has no dispatch of its own or shared (<c>none</c>).</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
