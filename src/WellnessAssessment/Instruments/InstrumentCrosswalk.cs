namespace WellnessAssessment.Instruments;

/// <summary>
/// How the items of one instrument version relate to those of an earlier version (same, reworded, split, merged, new),
/// so that a trend can compare what is comparable across versions and name the rest. Load built-in crosswalks from
/// <see cref="InstrumentCatalog.FindCrosswalk"/>.
/// </summary>
public sealed record InstrumentCrosswalk
{
    /// <summary>The JSON Schema reference (<c>$schema</c>) that lets editors validate the file; ignored otherwise.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("$schema")]
    [System.Text.Json.Serialization.JsonPropertyOrder(-1)]
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    /// <summary>The earlier version.</summary>
    public required InstrumentReference From { get; init; }

    /// <summary>The newer version.</summary>
    public required InstrumentReference To { get; init; }

    /// <summary>What the relations mean for this pair, for readers of the file.</summary>
    public string? Description { get; init; }

    /// <summary>One entry for every item of the newer version, in its order.</summary>
    public required IReadOnlyList<CrosswalkEntry> Items { get; init; }
}
