using WellnessAssessment.Instruments;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Instruments;

public sealed class InstrumentPresentationValidationTests
{
    private static readonly InstrumentSource Guide = new() { Id = "guide.txt", Title = "A field guide", Publisher = "A publisher", Year = 2025, Url = "https://example.org/guide" };

    private static List<string> Errors(Instrument instrument) =>
        [.. Assert.Throws<AssessmentValidationException>(() => InstrumentLoader.EnsureValid(instrument)).Errors.Select(e => e.ToString())];

    /// <summary>The small instrument with every item and domain citing <c>guide.txt</c>.</summary>
    private static Instrument Cited(IReadOnlyList<InstrumentSource>? sources)
    {
        var instrument = SmallInstrument.Create();
        return instrument with
        {
            Sources = sources,
            Sections = [.. instrument.Sections.Select(s => s with
            {
                Domains = [.. s.Domains.Select(d => d with { Source = "guide.txt — Part " + d.Id, Items = [.. d.Items.Select(i => i with { Source = "guide.txt — Chapter " + i.Id })] })],
            })],
        };
    }

    private static Instrument WithRecommendation(Instrument instrument, int section, int domain, int item, int recommendation, Func<Recommendation, Recommendation> change)
    {
        var s = instrument.Sections[section];
        var d = s.Domains[domain];
        var i = d.Items[item];
        var changed = i with { Recommendations = [.. i.Recommendations.Select((r, index) => index == recommendation ? change(r) : r)] };
        var newDomain = d with { Items = [.. d.Items.Select((x, index) => index == item ? changed : x)] };
        var newSection = s with { Domains = [.. s.Domains.Select((x, index) => index == domain ? newDomain : x)] };
        return instrument with { Sections = [.. instrument.Sections.Select((x, index) => index == section ? newSection : x)] };
    }

    [Fact]
    public void Validate_AcceptsHeadingsShortTitlesSourcesAndTimeframeDays()
    {
        var instrument = Cited([Guide]);
        instrument = instrument with
        {
            Sections = [instrument.Sections[0] with { Heading = "The first part" }, instrument.Sections[1]],
        };
        instrument = WithRecommendation(instrument, 0, 0, 0, 0, r => r with { TimeframeDays = 90 });

        Assert.Same(instrument, InstrumentLoader.EnsureValid(instrument));
    }

    [Fact]
    public void Validate_WithoutASourcesList_AcceptsAnySourceText()
    {
        Assert.NotNull(InstrumentLoader.EnsureValid(SmallInstrument.Create()));
    }

    [Fact]
    public void Validate_WithASourcesList_RejectsASourceThatStartsWithNoListedId()
    {
        var instrument = Cited([Guide]);
        var s1 = instrument.Sections[0];
        instrument = instrument with
        {
            Sections =
            [
                s1 with { Domains = [s1.Domains[0] with { Source = "other.txt — Part 1", Items = [s1.Domains[0].Items[0] with { Source = "Chapter 2 of guide.txt" }, s1.Domains[0].Items[1]] }, s1.Domains[1]] },
                instrument.Sections[1],
            ],
        };

        Assert.Equal(
        [
            "sections[0].domains[0].source: must start with the id of a listed source (sources: guide.txt)",
            "sections[0].domains[0].items[0].source: must start with the id of a listed source (sources: guide.txt)",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsDuplicateSourceIds_MissingTitles_BadYearsAndUrls()
    {
        var instrument = Cited(
        [
            Guide,
            Guide with { Title = " ", Year = 25, Url = "ftp://example.org/guide" },
            Guide with { Id = "notes", Url = "/relative/notes" },
        ]);

        Assert.Equal(
        [
            "sources[1].title: is required",
            "sources[1].year: must be a four-digit year",
            "sources[1].url: must be an absolute http or https URL",
            "sources[2].url: must be an absolute http or https URL",
            "sources[1].id: 'guide.txt' is already the id of sources[0].id",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsTimeframeDaysNotAboveZero_AndOneLabelWithTwoNumbersOfDays()
    {
        var instrument = SmallInstrument.Create();
        instrument = WithRecommendation(instrument, 0, 0, 0, 0, r => r with { TimeframeDays = 90 });
        instrument = WithRecommendation(instrument, 0, 0, 0, 1, r => r with { TimeframeDays = 0 });
        instrument = WithRecommendation(instrument, 1, 0, 1, 2, r => r with { TimeframeDays = 91 });

        Assert.Equal(
        [
            "sections[0].domains[0].items[0].recommendations[1].timeframeDays: must be a whole number of days greater than 0",
            "sections[1].domains[0].items[1].recommendations[2].timeframeDays: is 91, but '90 days' is 90 days at sections[0].domains[0].items[0].recommendations[0].timeframeDays; one timeframe label needs one number of days",
        ], Errors(instrument));
    }
}
