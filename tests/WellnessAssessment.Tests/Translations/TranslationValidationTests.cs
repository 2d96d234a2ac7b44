using WellnessAssessment.Instruments;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Translations;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Translations;

public sealed class TranslationValidationTests
{
    private const string MissingEs = "is missing: the instrument offers 'es', so every text respondents read needs its 'es' translation";

    private static List<string> Errors(Instrument instrument) =>
        [.. Assert.Throws<AssessmentValidationException>(() => InstrumentLoader.EnsureValid(instrument)).Errors.Select(e => e.ToString())];

    private static Instrument WithItem(Instrument instrument, Func<Item, Item> change) => instrument with
    {
        Sections = [instrument.Sections[0] with { Domains = [instrument.Sections[0].Domains[0], instrument.Sections[0].Domains[1] with { Items = [change(instrument.Sections[0].Domains[1].Items[0]), instrument.Sections[0].Domains[1].Items[1]] }] }, instrument.Sections[1]],
    };

    [Fact]
    public void Validate_AcceptsAnInstrumentWithEveryRespondentTextTranslated()
    {
        var instrument = InstrumentLoader.EnsureValid(TranslatedInstrument.Create());

        Assert.Equal("ES Practice d2.c", instrument.Sections[0].Domains[1].Items[0].Translated("es", "text", "x"));
    }

    [Fact]
    public void Validate_WhenAnOfferedLanguageMissesAStatement_NamesTheField()
    {
        var instrument = WithItem(TranslatedInstrument.Create(), item => item with { Translations = null });

        Assert.Equal([$"sections[0].domains[1].items[0].translations.es.text: {MissingEs}"], Errors(instrument));
    }

    [Fact]
    public void Validate_WhenAnOfferedLanguageMissesALevelDescriptionAndAGroup_NamesEach()
    {
        var translated = TranslatedInstrument.Create();
        var instrument = translated with
        {
            Scale = translated.Scale with { Levels = [translated.Scale.Levels[0] with { Translations = TranslatedInstrument.Es(("label", "Not in place")) }, .. translated.Scale.Levels.Skip(1)] },
            Groups = [.. translated.Groups.Take(3), translated.Groups[3] with { Translations = null }],
        };

        Assert.Equal(
        [
            $"scale.levels[0].translations.es.description: {MissingEs}",
            $"groups[3].translations.es.title: {MissingEs}",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_WithoutTheLanguageOffered_RefusesItsTranslations()
    {
        var instrument = TranslatedInstrument.Create() with { Languages = null };

        var errors = Errors(instrument);

        Assert.Contains("translations.es: 'es' is not an offered language; list it in languages (offered: none)", errors);
        Assert.Contains("sections[0].domains[1].items[0].translations.es: 'es' is not an offered language; list it in languages (offered: none)", errors);
        Assert.Equal(1 + 5 + 4 + 2 + 3 + 6, errors.Count); // title, 5 levels, 4 groups, 2 sections, 3 domains, 6 items
    }

    [Fact]
    public void Validate_RefusesUnknownFieldsAndEmptyTranslations()
    {
        var translated = TranslatedInstrument.Create();
        var instrument = WithItem(translated, item => item with { Translations = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["es"] = new Dictionary<string, string> { ["text"] = " ", ["source"] = "fuente" } } }) with
        {
            Groups = [translated.Groups[0] with { Translations = TranslatedInstrument.Es(("title", "Executives"), ("name", "Executives")) }, .. translated.Groups.Skip(1)],
        };

        Assert.Equal(
        [
            "groups[0].translations.es.name: 'name' is not a translatable field here (translatable: title)",
            "sections[0].domains[1].items[0].translations.es.text: is required",
            "sections[0].domains[1].items[0].translations.es.source: 'source' is not a translatable field here (translatable: text)",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_ChecksTheLanguageTags()
    {
        var translated = TranslatedInstrument.Create();

        Assert.Equal(
        [
            "languages[1]: must be a language tag such as es or es-419",
            "languages[2]: 'en' is the instrument's own language; list only the languages it is translated into",
            "languages[3]: 'es' is listed twice",
        ], Errors(translated with { Languages = ["es", "Spanish", "en", "es"] }));
        Assert.Equal(["language: must be a language tag such as en or es"], Errors(translated with { Language = "English" }));
    }

    [Fact]
    public void Parse_ReadsAndWritesTranslationsAsTheContractShowsThem()
    {
        var json = WellnessAssessment.Serialization.WellnessJson.Serialize(TranslatedInstrument.Create());

        var instrument = InstrumentLoader.Parse(json);

        Assert.Contains("\"languages\":[\"es\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"translations\":{\"es\":{\"text\":\"ES Practice d1.a\"}}", json, StringComparison.Ordinal);
        Assert.Equal(["es"], instrument.Languages);
        Assert.Equal("ES Executives", instrument.Groups[0].Translated("es", "title", null));
        Assert.Equal("ES Initial", instrument.Scale.Levels[1].Translated("es", "label", null));
    }

    [Fact]
    public void BuiltInVersion2_OffersSpanish_WithEveryTextRespondentsReadTranslated()
    {
        var v2 = InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;
        var v1 = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

        Assert.Equal(["es"], v2.Languages);
        Assert.Null(v1.Languages);
        Assert.Equal("No existe", v2.Scale.Levels[0].Translated("es", "label", null));
        Assert.Equal("Despachadores", v2.Groups.Single(g => g.Id == "dispatcher").Translated("es", "title", null));
        Assert.All(v2.Items, item => Assert.NotEqual(item.Text, item.Translated("es", "text", item.Text)));
        Assert.All(v2.Domains, domain => Assert.NotEqual(domain.Summary, domain.Translated("es", "summary", domain.Summary)));
    }
}
