using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class DomainStatisticsTests
{
    private static readonly Instrument Instrument = SmallInstrument.Create();

    [Fact]
    public void Domain_MeanSdAndCi95_UseStudentT()
    {
        // Respondent d1 scores: (0+4)/2 → 50; (1+4)/2 → 62.5; (2+4)/2 → 75. Mean 62.5, sd 12.5.
        // CI95 = 62.5 ± t(0.975, 2) · 12.5 / √3 = 62.5 ± 4.302652730 · 7.216878365 = 62.5 ± 31.051720
        var responses = ResponseSets.For(
            Instrument,
            ("officer", new() { ["d1.a"] = 0, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 1, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 4 }));

        var domain = new AssessmentScorer(Named.Options).Score(Instrument, responses).FindDomain("d1")!;

        Assert.Equal(62.5, domain.Score!.Value, 12);
        Assert.Equal(12.5, domain.Sd!.Value, 12);
        var halfWidth = 4.30265272974946 * 12.5 / Math.Sqrt(3);
        Assert.Equal(62.5 - halfWidth, domain.Ci95!.Low, 9);
        Assert.Equal(Math.Min(100, 62.5 + halfWidth), domain.Ci95.High, 9);
        Assert.Equal(31.0517, halfWidth, 4);
        Assert.Equal(Band.Established, domain.Band);
    }

    [Fact]
    public void Ci95_IsClippedTo0And100()
    {
        // Scores 0 and 100: mean 50, sd 70.71, half-width 12.706 · 70.71 / √2 = 635.3 → clipped to [0, 100].
        var responses = ResponseSets.For(
            Instrument,
            ("officer", new() { ["d1.a"] = 0, ["d1.b"] = 0 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4 }));

        var domain = new AssessmentScorer(Named.Options).Score(Instrument, responses).FindDomain("d1")!;

        Assert.Equal(new ConfidenceInterval(0, 100), domain.Ci95);
    }

    [Fact]
    public void Alpha_OnPublishedExample_MatchesPublishedValue()
    {
        // The published example's 1–5 answers, scored through the whole pipeline on a 1–5 instrument.
        var scale = new ResponseScale
        {
            Min = 1,
            Max = 5,
            Levels = [.. Enumerable.Range(1, 5).Select(value => new ScaleLevel(value, "Level " + value))],
        };
        var instrument = new Instrument
        {
            Id = "alpha-example",
            Version = "1.0.0",
            Title = "Alpha example",
            Scale = scale,
            Groups = [new RespondentGroup("staff", "Staff")],
            Sections =
            [
                new Section
                {
                    Id = "s",
                    Title = "S",
                    Domains =
                    [
                        SmallInstrument.Domain("x", 1, scale, [.. Enumerable.Range(1, 4).Select(i => SmallInstrument.Item("x" + i, scale))]),
                    ],
                },
            ],
        };
        var responses = ResponseSets.For(
            instrument,
            [.. PublishedAlphaExample.Rows.Select(row => ("staff", Enumerable.Range(0, 4).ToDictionary(i => "x" + (i + 1), i => Answer.Level((int)row[i]))))]);

        var domain = new AssessmentScorer(Named.Options).Score(instrument, responses).FindDomain("x")!;

        Assert.Equal(PublishedAlphaExample.Alpha, domain.Alpha!.Value, 3);
    }

    [Fact]
    public void Alpha_WithFewerThanTenCompleteRespondents_IsNull()
    {
        var responses = ResponseSets.For(Instrument, [.. Enumerable.Range(0, 9).Select(i => ("officer", new Dictionary<string, Answer> { ["d1.a"] = i % 5, ["d1.b"] = (i + 1) % 5 }))]);

        var domain = new AssessmentScorer(Named.Options).Score(Instrument, responses).FindDomain("d1")!;

        Assert.Null(domain.Alpha);
        Assert.Equal(9, domain.N);
    }

    [Fact]
    public void Alpha_IgnoresRespondentsWithAnyNonNumericAnswer()
    {
        // Ten complete rows give a value; an eleventh with a dont-know must not change it.
        var complete = Enumerable.Range(0, 10).Select(i => ("officer", new Dictionary<string, Answer> { ["d1.a"] = i % 5, ["d1.b"] = (i * 3 + 1) % 5 })).ToArray();
        var withPartial = complete.Append(("officer", new Dictionary<string, Answer> { ["d1.a"] = 4, ["d1.b"] = Answer.DontKnow })).ToArray();
        var scorer = new AssessmentScorer(Named.Options);

        var alphaComplete = scorer.Score(Instrument, ResponseSets.For(Instrument, complete)).FindDomain("d1")!.Alpha;
        var alphaWithPartial = scorer.Score(Instrument, ResponseSets.For(Instrument, withPartial)).FindDomain("d1")!.Alpha;

        Assert.NotNull(alphaComplete);
        Assert.Equal(alphaComplete, alphaWithPartial);
    }
}
