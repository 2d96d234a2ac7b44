using WellnessAssessment.Instruments;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Instruments;

public sealed class InstrumentValidatorTests
{
    private static List<string> Errors(Instrument instrument) =>
        [.. Assert.Throws<AssessmentValidationException>(() => InstrumentLoader.EnsureValid(instrument)).Errors.Select(e => e.ToString())];

    [Fact]
    public void Validate_AcceptsTheSmallInstrument()
    {
        Assert.True(new InstrumentValidator().Validate(SmallInstrument.Create()).IsValid);
    }

    [Fact]
    public void Validate_RejectsDuplicateIds()
    {
        var instrument = SmallInstrument.Create();
        var s1 = instrument.Sections[0];
        var duplicateItem = s1.Domains[1] with { Items = [s1.Domains[1].Items[0] with { Id = "d1.a" }, s1.Domains[1].Items[1]] };
        instrument = instrument with
        {
            Groups = [.. instrument.Groups, new RespondentGroup("exec", "Again")],
            Sections = [s1 with { Domains = [s1.Domains[0], duplicateItem] }, instrument.Sections[1] with { Id = "s1" }],
        };

        Assert.Equal(
        [
            "groups[4].id: 'exec' is already the id of groups[0].id",
            "sections[0].domains[1].items[0].id: 'd1.a' is already the id of sections[0].domains[0].items[0].id",
            "sections[1].id: 's1' is already the id of sections[0].id",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsNonPositiveWeights()
    {
        var instrument = SmallInstrument.Create(d1Weight: 0, s2Weight: -1);
        var item = instrument.Sections[0].Domains[1].Items[0] with { Weight = double.NaN };
        instrument = instrument with
        {
            Sections = [instrument.Sections[0] with { Domains = [instrument.Sections[0].Domains[0], instrument.Sections[0].Domains[1] with { Items = [item, instrument.Sections[0].Domains[1].Items[1]] }] }, instrument.Sections[1]],
        };

        Assert.Equal(
        [
            "sections[0].domains[0].weight: must be a number greater than 0",
            "sections[0].domains[1].items[0].weight: must be a number greater than 0",
            "sections[1].weight: must be a number greater than 0",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsAScaleWithMinNotBelowMax()
    {
        var instrument = SmallInstrument.Create() with { Scale = new ResponseScale { Min = 4, Max = 4, Levels = [new ScaleLevel(4, "Only")] } };

        Assert.Contains("scale.max: must be greater than min (4)", Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsMissingLevelLabels()
    {
        var instrument = SmallInstrument.Create() with
        {
            Scale = ResponseScale.Maturity with { Levels = [.. ResponseScale.Maturity.Levels.Where(l => l.Value != 2)] },
        };

        Assert.Equal(["scale.levels: has no entry for level 2 (every value from 0 to 4 needs a label)"], Errors(instrument));
    }

    [Fact]
    public void Validate_RequiresARecommendationForEveryLevelBelowTheMaximum()
    {
        var instrument = SmallInstrument.Create();
        var item = instrument.Sections[1].Domains[0].Items[0];
        item = item with { Recommendations = [.. item.Recommendations.Where(r => r.Level != 1), item.Recommendations[0] with { Level = 4 }] };
        instrument = instrument with { Sections = [instrument.Sections[0], instrument.Sections[1] with { Domains = [instrument.Sections[1].Domains[0] with { Items = [item, instrument.Sections[1].Domains[0].Items[1]] }] }] };

        Assert.Equal(
        [
            "sections[1].domains[0].items[0].recommendations[3].level: 4 is not a level below the scale's maximum (0–3)",
            "sections[1].domains[0].items[0].recommendations: has no recommendation for level 1 (every level below the maximum, 4, needs one)",
        ], Errors(instrument));
    }

    [Fact]
    public void Validate_RejectsUnknownPools()
    {
        var instrument = SmallInstrument.Create();
        instrument = instrument with { Groups = [instrument.Groups[0] with { Pool = "management" }, .. instrument.Groups.Skip(1)] };

        Assert.Equal(["groups[0].pool: 'management' is not a pool: use \"leadership\", \"frontline\" or null"], Errors(instrument));
    }

    [Fact]
    public void Load_ReportsEveryMissingFieldOfAJsonInstrument()
    {
        var error = Assert.Throws<AssessmentValidationException>(() => InstrumentLoader.Parse("""
            { "id": "x y", "version": "1", "scale": { "min": 0, "max": 1, "levels": [ { "value": 0, "label": "No" }, { "value": 1, "label": "Yes" } ] },
              "groups": [ { "id": "all", "title": "All" } ],
              "sections": [ { "id": "s", "title": "S", "domains": [ { "id": "d", "title": "D", "items": [ { "id": "i", "recommendations": [ { "level": 0, "action": "Do", "owner": "", "timeframe": "30 days", "indicator": "Done" } ] } ] } ] } ] }
            """));

        Assert.Equal("instrument", error.Subject);
        Assert.Equal(
        [
            "id: " + Identifiers.Rule,
            "version: must be a version MAJOR.MINOR.PATCH such as 1.0.0",
            "title: is required",
            "sections[0].domains[0].items[0].text: is required",
            "sections[0].domains[0].items[0].recommendations[0].owner: is required",
        ], error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Load_WhenWeightIsLeftOut_DefaultsToOne()
    {
        var instrument = InstrumentLoader.Parse("""
            { "id": "x", "version": "1.0.0", "title": "X", "scale": { "min": 0, "max": 1, "levels": [ { "value": 0, "label": "No" }, { "value": 1, "label": "Yes" } ] },
              "groups": [ { "id": "all", "title": "All", "pool": null } ],
              "sections": [ { "id": "s", "title": "S", "domains": [ { "id": "d", "title": "D", "items": [ { "id": "i", "text": "T", "recommendations": [ { "level": 0, "action": "Do", "owner": "Chief", "timeframe": "30 days", "indicator": "Done" } ] } ] } ] } ] }
            """);

        Assert.Equal(1, instrument.Sections[0].Weight);
        Assert.Equal(1, instrument.Sections[0].Domains[0].Weight);
        Assert.Equal(1, instrument.Sections[0].Domains[0].Items[0].Weight);
        Assert.False(instrument.Sections[0].Domains[0].Items[0].AllowNotApplicable);
    }
}
