using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>Whether a result could be compared with peers, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeerComparisonStatus>))]
public enum PeerComparisonStatus
{
    /// <summary>At least one measure has a published cell to compare with (<c>compared</c>).</summary>
    [JsonStringEnumMemberName("compared")]
    Compared,

    /// <summary>The norms are of another instrument or major version (<c>different-instrument</c>).</summary>
    [JsonStringEnumMemberName("different-instrument")]
    DifferentInstrument,

    /// <summary>
    /// The result is one of the norms' contributions, so comparing with them would compare the agency with itself
    /// (<c>own-contribution</c>); norms built without it are needed.
    /// </summary>
    [JsonStringEnumMemberName("own-contribution")]
    OwnContribution,

    /// <summary>No cell of the agency's size band or of all agencies is published (<c>no-qualifying-cell</c>).</summary>
    [JsonStringEnumMemberName("no-qualifying-cell")]
    NoQualifyingCell,
}
