using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>A domain: one component or factor that is scored, such as <em>Training</em> or <em>Plan early and often</em>.</summary>
public sealed record Domain : ITranslatable
{
    /// <summary>Creates an empty domain; set the required members with an object initializer.</summary>
    public Domain()
    {
    }

    /// <summary>Used by JSON deserialization so that a missing <c>weight</c> means 1.</summary>
    [JsonConstructor]
    internal Domain(double weight = 1)
    {
        Weight = weight;
    }

    /// <summary>The domain id, unique within the instrument.</summary>
    public required string Id { get; init; }

    /// <summary>The domain title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// A short title (a few words) for chart labels where the full title does not fit; optional, reports shorten
    /// <see cref="Title"/> when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShortTitle { get; init; }

    /// <summary>The domain's weight <c>W_d</c> in its section score; greater than zero, 1 by default.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>A plain-language summary of why the domain matters, shown in reports.</summary>
    public string? Summary { get; init; }

    /// <summary>
    /// The source document and section the domain comes from. When the instrument lists <see cref="Instrument.Sources"/>,
    /// it starts with one of their ids, for example <c>report-2024.txt — Chapter 2</c>.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The domain's items, in presentation order.</summary>
    public required IReadOnlyList<Item> Items { get; init; }

    /// <summary>
    /// Translations of this part's text fields (<c>title</c>, <c>summary</c>, <c>shortTitle</c>) by language tag; see <see cref="ITranslatable"/>. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}
