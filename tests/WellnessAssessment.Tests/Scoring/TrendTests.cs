using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Scoring;

public sealed class TrendTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    private static ResponseSet Uniform(int count, int value) => ResponseSets.For(Instrument, [.. ResponseSets.Many(Instrument, "officer", count, value)]);

    [Fact]
    public void Trend_ReportsDeltasPerSectionAndDomain_WithIntervalOverlap()
    {
        var scorer = new AssessmentScorer(Named.Options);
        var then = scorer.Score(Instrument, Uniform(3, 1));   // every domain 25, CI [25, 25]
        var now = scorer.Score(Instrument, Uniform(3, 3), then); // every domain 75

        var trend = now.Trend!;
        Assert.Equal(50, trend.Overall.Delta);
        Assert.Equal(75, trend.Overall.Now);
        Assert.Equal(25, trend.Overall.Then);
        Assert.Null(trend.Overall.CiOverlap);
        Assert.Equal(["s1", "s2"], trend.Sections.Select(s => s.Id));
        Assert.All(trend.Sections, s => Assert.Equal(50, s.Delta));
        Assert.Equal(["d1", "d2", "d3"], trend.Domains.Select(d => d.Id));
        Assert.All(trend.Domains, d => Assert.False(d.CiOverlap));
        Assert.Equal(3, trend.PreviousRespondents);
    }

    [Fact]
    public void Trend_WhenIntervalsOverlap_SaysSo()
    {
        // Then: d1 scores 50 and 100 → CI [0, 100]; now 75 ± 0 → overlaps.
        var scorer = new AssessmentScorer(Named.Options);
        var then = scorer.Score(Instrument, ResponseSets.For(Instrument,
            ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 2 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4 })));
        var now = scorer.Score(Instrument, Uniform(2, 3), then);

        var d1 = now.Trend!.Domains.Single(d => d.Id == "d1");
        Assert.True(d1.CiOverlap);
        Assert.Equal(0, d1.Delta);
        var d2 = now.Trend.Domains.Single(d => d.Id == "d2");
        Assert.Null(d2.Then);
        Assert.Null(d2.Delta);
        Assert.Null(d2.CiOverlap);
    }

    [Fact]
    public void Trend_AgainstAnotherInstrument_IsRejected()
    {
        var scorer = new AssessmentScorer(Named.Options);
        var then = scorer.Score(Instrument, Uniform(1, 1)) with { Instrument = new("other", "1.0.0") };

        var error = Assert.Throws<AssessmentValidationException>(() => scorer.Score(Instrument, Uniform(1, 1), then));

        Assert.Equal("previous result", error.Subject);
        Assert.Equal("instrument.id", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public void Trend_AgainstAnotherMajorVersion_IsRejected_ButMinorVersionsCompare()
    {
        var scorer = new AssessmentScorer(Named.Options);
        var baseline = scorer.Score(Instrument, Uniform(1, 1));

        var error = Assert.Throws<AssessmentValidationException>(() =>
            AssessmentScorer.WithTrend(baseline, baseline with { Instrument = new("small", "2.0.0") }));
        Assert.Equal("instrument.version", Assert.Single(error.Errors).Path);

        var minor = AssessmentScorer.WithTrend(baseline, baseline with { Instrument = new("small", "1.4.0") });
        Assert.Equal(0, minor.Trend!.Overall.Delta);
    }
}
