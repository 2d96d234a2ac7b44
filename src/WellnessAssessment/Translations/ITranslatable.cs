using WellnessAssessment.Instruments;

namespace WellnessAssessment.Translations;

/// <summary>
/// A part of an instrument whose text fields may carry translations: per language tag (BCP 47, for example <c>es</c>),
/// the translated text of each field by its JSON name, for example <c>{ "es": { "text": "…" } }</c>. The languages an
/// instrument offers are <see cref="Instrument.Languages"/>; a language it offers has every text a respondent reads.
/// </summary>
internal interface ITranslatable
{
    /// <summary>Translated text fields by language tag, then by field name (<c>title</c>, <c>text</c>, …); optional.</summary>
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Translations { get; }
}
