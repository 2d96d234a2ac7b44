using System.Text.Json.Serialization;

namespace WellnessAssessment.Profiles;

/// <summary>The size band of an agency, counted in sworn staff.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgencySize>))]
public enum AgencySize
{
    /// <summary>10 sworn staff or fewer (<c>up-to-10</c>).</summary>
    [JsonStringEnumMemberName("up-to-10")]
    UpTo10,

    /// <summary>11 to 49 sworn staff (<c>11-49</c>).</summary>
    [JsonStringEnumMemberName("11-49")]
    From11To49,

    /// <summary>50 to 249 sworn staff (<c>50-249</c>).</summary>
    [JsonStringEnumMemberName("50-249")]
    From50To249,

    /// <summary>250 sworn staff or more (<c>250-plus</c>).</summary>
    [JsonStringEnumMemberName("250-plus")]
    From250,
}
