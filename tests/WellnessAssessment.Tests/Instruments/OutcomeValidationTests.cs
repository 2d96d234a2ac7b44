using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Instruments;

public sealed class OutcomeValidationTests
{
    private static List<string> InstrumentErrors(Instrument instrument) =>
        Assert.Throws<AssessmentValidationException>(() => CompiledInstrument.Compile(instrument)).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void AnOutcomeWithAnItemsId_IsRefused_NamingBothPlaces()
    {
        var instrument = OutcomeInstrument.Create() with { Outcomes = [OutcomeInstrument.Outcome("d1.a")] };

        Assert.Equal(["outcomes[0].id: 'd1.a' is already the id of sections[0].domains[0].items[0].id"], InstrumentErrors(instrument));
    }

    [Fact]
    public void TwoOutcomesWithOneId_AreRefused()
    {
        var instrument = OutcomeInstrument.Create() with { Outcomes = [OutcomeInstrument.Outcome("o.trust"), OutcomeInstrument.Outcome("o.trust")] };

        Assert.Equal(["outcomes[1].id: 'o.trust' is already the id of outcomes[0].id"], InstrumentErrors(instrument));
    }

    [Fact]
    public void AnOutcomeWithoutSourceOrWithABrokenScale_IsRefused_AtItsPath()
    {
        var broken = OutcomeInstrument.Outcome("o.trust") with
        {
            Source = "",
            Scale = OutcomeInstrument.Agreement with { Max = 0 },
        };
        var instrument = OutcomeInstrument.Create() with { Outcomes = [broken] };

        Assert.Equal(
        [
            "outcomes[0].source: is required: an outcome names the seed passage it is drawn from",
            "outcomes[0].scale.max: must be greater than min (0)",
        ], InstrumentErrors(instrument));
    }

    [Fact]
    public void AnOutcomeCitingAnUnlistedSource_IsRefused()
    {
        var instrument = OutcomeInstrument.Create() with
        {
            Sources = [new InstrumentSource { Id = "test source", Title = "Test source" }],
            Outcomes = [OutcomeInstrument.Outcome("o.trust") with { Source = "elsewhere — a heading" }],
        };

        Assert.Equal(["outcomes[0].source: must start with the id of a listed source (sources: test source)"], InstrumentErrors(instrument));
    }

    [Fact]
    public void AnOfferedLanguage_NeedsTheOutcomeTextAndItsScaleLabels()
    {
        var instrument = TranslatedInstrument.Create() with { Outcomes = [OutcomeInstrument.Outcome("o.trust")] };

        var errors = InstrumentErrors(instrument);

        Assert.Contains("outcomes[0].translations.es.text: is missing: the instrument offers 'es', so every text respondents read needs its 'es' translation", errors);
        Assert.Contains("outcomes[0].scale.levels[4].translations.es.label: is missing: the instrument offers 'es', so every text respondents read needs its 'es' translation", errors);
    }

    [Fact]
    public void OutcomeAnswers_AreCheckedOnTheOutcomesOwnScale_AndNeverNotApplicable()
    {
        var instrument = OutcomeInstrument.Create();
        var set = ResponseSets.For(instrument,
            ("officer", new() { ["d1.a"] = 3, ["o.trust"] = 4, ["o.stay"] = Answer.DontKnow }),
            ("officer", new() { ["o.trust"] = 5, ["o.stay"] = Answer.NotApplicable }),
            ("officer", new() { ["o.trust"] = Answer.Unrecognized("\"yes\""), ["o.other"] = 1 }));

        var errors = Assert.Throws<AssessmentValidationException>(() => new AssessmentScorer().Score(instrument, set)).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(
        [
            "responses[1].answers[\"o.trust\"]: 5 is off the outcome's scale (0–4)",
            "responses[1].answers[\"o.stay\"]: not-applicable is not an answer to an outcome item; use \"dont-know\" or leave it out",
            "responses[2].answers[\"o.trust\"]: \"yes\" is not an answer: use a whole number from 0 to 4 or \"dont-know\"",
            "responses[2].answers[\"o.other\"]: 'o.other' is not an item or outcome of small 1.0.0",
        ], errors);
    }
}
