using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>One level of a <see cref="ResponseScale"/>.</summary>
/// <param name="Value">The raw value a respondent gives.</param>
/// <param name="Label">The short label, for example <c>Established</c>.</param>
/// <param name="Description">What the level means, shown to respondents.</param>
public sealed record ScaleLevel(int Value, string Label, string? Description = null) : ITranslatable
{
    /// <summary>
    /// Translations of this part's text fields (<c>label</c>, <c>description</c>) by language tag; see <see cref="ITranslatable"/>. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}

