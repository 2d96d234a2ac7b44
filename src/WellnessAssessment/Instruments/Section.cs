using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>A section of an instrument: a weighted group of domains, such as the components of one part of a framework.</summary>
public sealed record Section : ITranslatable
{
    /// <summary>Creates an empty section; set the required members with an object initializer.</summary>
    public Section()
    {
    }

    /// <summary>Used by JSON deserialization so that a missing <c>weight</c> means 1.</summary>
    [JsonConstructor]
    internal Section(double weight = 1)
    {
        Weight = weight;
    }

    /// <summary>The section id, unique within the instrument.</summary>
    public required string Id { get; init; }

    /// <summary>The section title.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The heading reports and dashboards put over the section's charts, for example <c>The five core components</c>;
    /// optional, <see cref="Title"/> when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Heading { get; init; }

    /// <summary>The section's weight <c>V_s</c> in the overall score; greater than zero, 1 by default.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The section's domains, in presentation order.</summary>
    public required IReadOnlyList<Domain> Domains { get; init; }

    /// <summary>
    /// Translations of this part's text fields (<c>title</c>, <c>heading</c>) by language tag; see <see cref="ITranslatable"/>. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}
