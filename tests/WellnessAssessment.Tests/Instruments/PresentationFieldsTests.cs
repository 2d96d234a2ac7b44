using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Instruments;

public sealed class PresentationFieldsTests
{
    private static Instrument BuiltIn => InstrumentCatalog.BuiltIn.Instruments[0];

    [Fact]
    public void BuiltIn_FillsEveryPresentationField()
    {
        var instrument = BuiltIn;

        Assert.All(instrument.Sections, section => Assert.False(string.IsNullOrWhiteSpace(section.Heading)));
        Assert.All(instrument.Domains, domain => Assert.InRange(domain.ShortTitle?.Length ?? 0, 1, 24));
        Assert.All(instrument.Items.SelectMany(i => i.Recommendations), r => Assert.NotNull(r.TimeframeDays));
        Assert.Equal(
            [("30 days", 30), ("90 days", 90), ("6 months", 180), ("12 months", 365)],
            instrument.Items.SelectMany(i => i.Recommendations).Select(r => (r.Timeframe, r.TimeframeDays!.Value)).Distinct().OrderBy(t => t.Item2));
        var sources = Assert.IsAssignableFrom<IReadOnlyList<InstrumentSource>>(instrument.Sources);
        Assert.All(instrument.Items.Select(i => i.Source).Concat(instrument.Domains.Select(d => d.Source)).OfType<string>(),
            source => Assert.Contains(sources, listed => source.StartsWith(listed.Id, StringComparison.Ordinal)));
        Assert.All(sources, source => Assert.False(string.IsNullOrWhiteSpace(source.Title)));
    }

    [Fact]
    public void BuiltIn_ScoresTheSameWithoutItsPresentationFields()
    {
        var bare = BuiltIn with
        {
            Sources = null,
            Sections = [.. BuiltIn.Sections.Select(s => s with
            {
                Heading = null,
                Domains = [.. s.Domains.Select(d => d with
                {
                    ShortTitle = null,
                    Items = [.. d.Items.Select(i => i with { Recommendations = [.. i.Recommendations.Select(r => r with { TimeframeDays = null })] })],
                })],
            })],
        };
        using var stream = File.OpenRead(Path.Combine(RepositoryPaths.Assessments, "examples", ExampleResponseSets.MidSizeAgencyFile));
        var responses = WellnessJson.ReadResponseSet(stream);

        var withFields = new AssessmentScorer().Score(BuiltIn, responses);
        var withoutFields = new AssessmentScorer().Score(bare, responses);

        // Every figure and step is the same; only the plan's days, which the result carries for ordering, differ.
        var planWithoutDays = withFields with { ActionPlan = [.. withFields.ActionPlan.Select(a => a with { TimeframeDays = null })], KeepItGoing = [.. withFields.KeepItGoing.Select(a => a with { TimeframeDays = null })] };
        Assert.Equal(WellnessJson.Serialize(withoutFields), WellnessJson.Serialize(planWithoutDays));
        Assert.Contains(withFields.ActionPlan, action => action.TimeframeDays is > 0);
        Assert.NotEmpty(withFields.ActionPlan);
    }

    [Fact]
    public void PresentationFields_RoundTripThroughJson()
    {
        var json = WellnessJson.Serialize(BuiltIn);
        var read = InstrumentLoader.Parse(json);

        Assert.Equal("The five buy-in components", read.Sections[0].Heading);
        Assert.Equal("Strategic buy-in", read.Sections[0].Domains[1].ShortTitle);
        Assert.Equal(2024, read.Sources![0].Year);
        Assert.Equal(30, read.Sections[0].Domains[0].Items[0].Recommendations[0].TimeframeDays);
    }

    [Fact]
    public void SecondInstrument_LoadsAndScores_WithItsOwnScaleGroupsAndNoPools()
    {
        var instrument = SecondInstrument.Load();

        var result = new AssessmentScorer().Score(instrument, SecondInstrument.Responses());

        Assert.Equal((1, 5), (instrument.Scale.Min, instrument.Scale.Max));
        Assert.Equal(["Rest and recovery", "Team climate"], result.Sections.Select(s => s.Title));
        Assert.Single(instrument.Sections[0].Domains[1].Items);
        Assert.All(result.Domains(), d => Assert.Equal(PerceptionGapStatus.NoPools, d.PerceptionGap.Status));
        Assert.Equal(18, result.Respondents);
        Assert.NotEmpty(result.ActionPlan);
        Assert.All(result.Domains(), d => Assert.NotNull(d.Score));
    }

    [Fact]
    public void MinimumAlphaRespondents_IsFixedAtTheContractsTen_AndResultsStateIt()
    {
        var result = new AssessmentScorer(ScoringOptions.Default with { GapThreshold = 20 }).Score(SecondInstrument.Load(), SecondInstrument.Responses());

        Assert.Equal(10, result.Options.MinimumAlphaRespondents);
        Assert.Contains("\"minimumAlphaRespondents\":10", WellnessJson.Serialize(result), StringComparison.Ordinal);
        Assert.Null(typeof(ScoringOptions).GetProperty(nameof(ScoringOptions.MinimumAlphaRespondents))!.SetMethod);
    }
}
