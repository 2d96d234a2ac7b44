using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>An item: one concrete practice that respondents rate on the instrument's scale.</summary>
public sealed record Item : ITranslatable
{
    /// <summary>Creates an empty item; set the required members with an object initializer.</summary>
    public Item()
    {
    }

    /// <summary>Used by JSON deserialization so that a missing <c>weight</c> means 1.</summary>
    [JsonConstructor]
    internal Item(double weight = 1)
    {
        Weight = weight;
    }

    /// <summary>The item id, unique within the instrument, for example <c>training.academy</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The statement respondents rate.</summary>
    public required string Text { get; init; }

    /// <summary>The item's weight <c>w_i</c> within its domain; greater than zero, 1 by default.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Whether respondents may answer <c>not-applicable</c>.</summary>
    public bool AllowNotApplicable { get; init; }

    /// <summary>
    /// The source document and section the item comes from. When the instrument lists <see cref="Instrument.Sources"/>,
    /// it starts with one of their ids (and may cite more of them after a semicolon).
    /// </summary>
    public string? Source { get; init; }

    /// <summary>
    /// For authors and reviewers, not respondents: what changed in this version and the seed passage, quoted, that carries
    /// the item's claim. Not scored, not translated. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }

    /// <summary>One recommendation for every scale level below the maximum: how to move from that level to the next.</summary>
    public required IReadOnlyList<Recommendation> Recommendations { get; init; }

    /// <summary>
    /// Translations of this part's text fields (<c>text</c>) by language tag; see <see cref="ITranslatable"/>. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}
