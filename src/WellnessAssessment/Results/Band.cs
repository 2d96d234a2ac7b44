using System.Text.Json.Serialization;

namespace WellnessAssessment.Results;

/// <summary>A named range of scores, for plain-language reporting.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Band>))]
public enum Band
{
    /// <summary>[0, 20) by default.</summary>
    [JsonStringEnumMemberName("initial")]
    Initial,

    /// <summary>[20, 40) by default.</summary>
    [JsonStringEnumMemberName("emerging")]
    Emerging,

    /// <summary>[40, 60) by default.</summary>
    [JsonStringEnumMemberName("developing")]
    Developing,

    /// <summary>[60, 80) by default.</summary>
    [JsonStringEnumMemberName("established")]
    Established,

    /// <summary>[80, 100] by default.</summary>
    [JsonStringEnumMemberName("leading")]
    Leading,
}
