using System.Text.Json.Serialization;

namespace WellnessAssessment.Instruments;

/// <summary>How an item of a newer instrument version relates to the items of an earlier version.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrosswalkRelation>))]
public enum CrosswalkRelation
{
    /// <summary>The same practice, wording kept or trimmed (<c>same</c>); comparable.</summary>
    [JsonStringEnumMemberName("same")]
    Same,

    /// <summary>The same practice, reworded (<c>reworded</c>); comparable.</summary>
    [JsonStringEnumMemberName("reworded")]
    Reworded,

    /// <summary>One part of an earlier item that asked about several practices (<c>split</c>); not comparable.</summary>
    [JsonStringEnumMemberName("split")]
    Split,

    /// <summary>One item replacing several overlapping earlier items (<c>merged</c>); not comparable.</summary>
    [JsonStringEnumMemberName("merged")]
    Merged,

    /// <summary>Content the earlier version did not cover (<c>new</c>); nothing to compare with.</summary>
    [JsonStringEnumMemberName("new")]
    New,

    /// <summary>
    /// The item continues one earlier item but now measures another practice (<c>not-comparable</c>); not comparable.
    /// </summary>
    [JsonStringEnumMemberName("not-comparable")]
    NotComparable,
}
