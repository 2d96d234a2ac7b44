using System.Text.Json.Serialization;
using WellnessAssessment.Translations;

namespace WellnessAssessment.Instruments;

/// <summary>
/// A versioned assessment definition: a response scale, respondent groups, and sections of domains of items,
/// each item carrying per-level recommendations. Instruments are immutable; load them with
/// <see cref="InstrumentLoader"/> (which validates them) or take the built-in ones from <see cref="InstrumentCatalog"/>.
/// </summary>
public sealed record Instrument : ITranslatable
{
    /// <summary>The JSON Schema reference (<c>$schema</c>) that lets editors validate the file; ignored by scoring.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-1)]
    public string? Schema { get; init; }

    /// <summary>The instrument's stable identifier, for example <c>agency-wellness</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The instrument's semantic version (<c>MAJOR.MINOR.PATCH</c>). Trends compare results of the same major version.</summary>
    public required string Version { get; init; }

    /// <summary>The title shown to respondents and in reports.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The language tag of the instrument's own text (BCP 47, for example <c>en</c>); <c>en</c> when left out.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }

    /// <summary>
    /// The further languages the instrument is offered in, by language tag (for example <c>es</c>). Every text a
    /// respondent reads carries a translation in each of them (<see cref="ITranslatable.Translations"/>); the validator
    /// refuses an instrument that offers a language with a translation missing. Optional.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Translations of the instrument's <c>title</c> and <c>description</c> by language tag; see <see cref="ITranslatable"/>. Optional.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; init; }

    /// <summary>The language of the instrument's own text: <see cref="Language"/>, or <c>en</c> when left out.</summary>
    [JsonIgnore]
    public string OwnLanguage => Language ?? "en";

    /// <summary>An optional paragraph describing what the instrument is for and who answers it.</summary>
    public string? Description { get; init; }

    /// <summary>The response scale every item is answered on.</summary>
    public required ResponseScale Scale { get; init; }

    /// <summary>The respondent groups (ranks or roles) a respondent chooses from.</summary>
    public required IReadOnlyList<RespondentGroup> Groups { get; init; }

    /// <summary>The sections of the instrument, in presentation order.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>
    /// The outcome items: a short set answered like items and scored separately, in no domain, section or overall score
    /// (see <see cref="OutcomeItem"/>). Optional; <see langword="null"/> when the instrument has none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<OutcomeItem>? Outcomes { get; init; }

    /// <summary>
    /// The documents the items and domains cite, so that reports can name them by title; optional. When present, every
    /// <see cref="Item.Source"/> and <see cref="Domain.Source"/> must start with the <see cref="InstrumentSource.Id"/> of
    /// one of them.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<InstrumentSource>? Sources { get; init; }

    /// <summary>
    /// Owner roles that some agencies do not have, with how to create or assign each; a plan that needs one for an agency
    /// that may not have it begins with that step.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RoleDefinition>? Roles { get; init; }

    /// <summary>
    /// The step that begins the plan when the result is one view (one respondent, or respondents of one group only):
    /// hearing staff across ranks. When left out, the scorer uses <see cref="ActionPlan.DefaultSteps.HearStaff"/>.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanStep? HearStaff { get; init; }

    /// <summary>A reference to this instrument's id and version.</summary>
    [JsonIgnore]
    public InstrumentReference Reference => new(Id, Version);

    /// <summary>Every domain of every section, in instrument order.</summary>
    [JsonIgnore]
    public IEnumerable<Domain> Domains => Sections.SelectMany(section => section.Domains);

    /// <summary>Every item of every domain, in instrument order.</summary>
    [JsonIgnore]
    public IEnumerable<Item> Items => Domains.SelectMany(domain => domain.Items);
}
