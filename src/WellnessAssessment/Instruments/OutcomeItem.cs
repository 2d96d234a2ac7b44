using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>
/// An outcome item: a statement about what the practices are for (for example trust in leadership or intent to stay),
/// answered by every respondent on its own scale like an item, and scored separately. Outcome items belong to no
/// domain: they count in no domain, section or overall score, in no action plan and in no trend; the result reports
/// them in <see cref="Results.AssessmentResult.Outcomes"/> and relates them to the domains in
/// <see cref="Results.AssessmentResult.Associations"/>.
/// </summary>
public sealed record OutcomeItem : ITranslatable
{
    /// <summary>The outcome id, unique among the instrument's items and outcomes, for example <c>outcome.intent-to-stay</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The statement respondents rate.</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The scale the statement is answered on (for example 0 Strongly disagree … 4 Strongly agree); answers are normalised
    /// to 0–100 on it as item answers are on the instrument's scale. <c>not-applicable</c> is never an answer to an outcome.
    /// </summary>
    public required ResponseScale Scale { get; init; }

    /// <summary>
    /// The source document and section the outcome comes from. When the instrument lists <see cref="Instrument.Sources"/>,
    /// it starts with one of their ids.
    /// </summary>
    public required string Source { get; init; }

    /// <summary>For authors and reviewers: the seed passage, quoted, that carries the outcome. Not scored, not translated. Optional.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }

    /// <summary>Translations of the outcome's <c>text</c> by language tag; see <see cref="ITranslatable"/>. Optional.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }
}
