using System.Text.Json.Serialization;

namespace WellnessAssessment.Norms;

/// <summary>Why a norm cell's figures are withheld.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NormWithholdReason>))]
public enum NormWithholdReason
{
    /// <summary>The cell holds fewer agencies than <see cref="NormsOptions.MinimumAgencies"/> (<c>too-few-agencies</c>).</summary>
    [JsonStringEnumMemberName("too-few-agencies")]
    TooFewAgencies,

    /// <summary>
    /// The cell is large enough, but publishing it beside the all-agencies cell and the other size bands would let the
    /// figures of fewer than <see cref="NormsOptions.MinimumAgencies"/> agencies be recovered by subtraction
    /// (<c>complementary</c>).
    /// </summary>
    [JsonStringEnumMemberName("complementary")]
    Complementary,
}
