using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>Which agencies a standing was compared with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeerBasis>))]
public enum PeerBasis
{
    /// <summary>Agencies of the same size band (<c>size-band</c>).</summary>
    [JsonStringEnumMemberName("size-band")]
    SizeBand,

    /// <summary>All agencies, of every size (<c>all-agencies</c>): the size band is unknown or its cell is withheld.</summary>
    [JsonStringEnumMemberName("all-agencies")]
    AllAgencies,
}
