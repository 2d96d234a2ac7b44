using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>What a norm cell measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NormScope>))]
public enum NormScope
{
    /// <summary>The overall score (<c>overall</c>); the cell has no id.</summary>
    [JsonStringEnumMemberName("overall")]
    Overall,

    /// <summary>A section score (<c>section</c>); the cell's id is the section id.</summary>
    [JsonStringEnumMemberName("section")]
    Section,

    /// <summary>A domain score (<c>domain</c>); the cell's id is the domain id.</summary>
    [JsonStringEnumMemberName("domain")]
    Domain,
}
