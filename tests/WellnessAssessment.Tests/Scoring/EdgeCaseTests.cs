using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class EdgeCaseTests
{
    private static readonly Instrument Instrument = SmallInstrument.Create();

    [Fact]
    public void Score_WithNoRespondents_GivesNullScoresAndEmptyPlan()
    {
        var result = new AssessmentScorer(Named.Options).Score(Instrument, ResponseSets.For(Instrument));

        Assert.Equal(0, result.Respondents);
        Assert.Null(result.Overall.Score);
        Assert.Null(result.Overall.Band);
        Assert.All(result.Domains(), d =>
        {
            Assert.Equal(0, d.N);
            Assert.Null(d.Score);
            Assert.Equal(PerceptionGapStatus.InsufficientRespondents, d.PerceptionGap.Status);
            Assert.All(d.Groups, g => Assert.False(g.Suppressed));
        });
        Assert.Empty(result.ActionPlan);
        Assert.Empty(result.Strengths);
    }

    [Fact]
    public void Score_WithOneRespondent_GivesScoresWithoutSpread()
    {
        // The chief alone: every figure that needs two respondents is null, and the chief's group is suppressed.
        var responses = ResponseSets.For(Instrument, ("exec", ResponseSets.All(Instrument, 2)));

        var result = new AssessmentScorer(Named.Options).Score(Instrument, responses);

        Assert.Equal(50, result.Overall.Score);
        Assert.All(result.Domains(), d =>
        {
            Assert.Equal(1, d.N);
            Assert.Null(d.Sd);
            Assert.Null(d.Ci95);
            Assert.Null(d.Alpha);
            Assert.True(d.Groups[0].Suppressed);
        });
        Assert.Equal(6, result.ActionPlan.Count);
    }

    [Fact]
    public void Score_WhenEveryAnswerIsDontKnow_HasNoScoresAndPlansEveryItemAsAwarenessGap()
    {
        var responses = ResponseSets.For(Instrument, [.. ResponseSets.Many(Instrument, "officer", 3, Answer.DontKnow)]);

        var result = new AssessmentScorer(Named.Options).Score(Instrument, responses);

        Assert.Null(result.Overall.Score);
        Assert.All(result.Domains().SelectMany(d => d.Items), i => Assert.Equal(1, i.DontKnowRate));
        Assert.Equal(6, result.ActionPlan.Count);
        Assert.All(result.ActionPlan, e => Assert.Equal([ActionReason.AwarenessGap], e.Reasons));
    }

    [Fact]
    public void Score_WhenNotApplicableEverywhereAllowed_LeavesThatDomainUnscored()
    {
        // Only d2.d allows not-applicable; with it NA and d2.c unanswered, d2 has no respondents.
        var responses = ResponseSets.For(Instrument, [.. Enumerable.Range(0, 3).Select(_ => ("officer", new Dictionary<string, Answer> { ["d2.d"] = Answer.NotApplicable, ["d1.a"] = 3, ["d1.b"] = 3 }))]);

        var result = new AssessmentScorer(Named.Options).Score(Instrument, responses);

        Assert.Null(result.FindDomain("d2")!.Score);
        Assert.Null(result.FindDomain("d2")!.Items[1].DontKnowRate);
        Assert.Equal(75, result.Sections[0].Score);
    }

    [Fact]
    public void Score_OnAOneToFiveScale_NormalisesFromTheMinimum()
    {
        var scale = new ResponseScale { Min = 1, Max = 5, Levels = [.. Enumerable.Range(1, 5).Select(v => new ScaleLevel(v, "L" + v))] };
        var instrument = SmallInstrument.Create(scale);
        var responses = ResponseSets.For(instrument, ("officer", new() { ["d1.a"] = 1, ["d1.b"] = 3 }));

        var result = new AssessmentScorer(Named.Options).Score(instrument, responses);

        // 1 → 0, 3 → 50; domain 25; plan levels are raw levels: d1.a at 1 (the scale minimum), d1.b at 3.
        Assert.Equal(25, result.FindDomain("d1")!.Score);
        Assert.Equal(1, result.ActionPlan.Single(e => e.ItemId == "d1.a").Level);
        Assert.Equal(3, result.ActionPlan.Single(e => e.ItemId == "d1.b").Level);
    }

    [Fact]
    public void Score_EchoesTheOptions()
    {
        var options = new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment, MinimumGroupSize = 8, GapThreshold = 10, MinimumCoverage = 0.75 };

        var result = new AssessmentScorer(options).Score(Instrument, ResponseSets.For(Instrument));

        Assert.Same(options, result.Options);
        Assert.Equal(new AgencyInfo("test-pd", "Test Police Department"), result.Agency);
        Assert.Equal(new InstrumentReference("small", "1.0.0"), result.Instrument);
    }
}
