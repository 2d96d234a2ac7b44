using WellnessAssessment.ActionPlan;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.ActionPlan;

public sealed class ActionPlanTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    [Fact]
    public void Plan_ListsLowItemsWithTheRecommendationForTheFloorOfTheMeanLevel()
    {
        // d1.a answers 1 and 2: mean level 1.5 → level 1; score 37.5 < 60.
        // Priority = W_d/ΣW · w_i/Σw_d · (100 − score) = 1/3 · 1/2 · 62.5 = 10.4167.
        var responses = ResponseSets.For(Instrument,
            ("officer", new() { ["d1.a"] = 1, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 2, ["d1.b"] = 4 }));

        var plan = new AssessmentScorer(Named.Options).Score(Instrument, responses).ActionPlan;

        var entry = Assert.Single(plan);
        Assert.Equal("d1.a", entry.ItemId);
        Assert.Equal("d1", entry.DomainId);
        Assert.Equal("s1", entry.SectionId);
        Assert.Equal(1, entry.Level);
        Assert.Equal("Move d1.a from 1", entry.Action);
        Assert.Equal("Owner d1.a", entry.Owner);
        Assert.Equal("90 days", entry.Timeframe);
        Assert.Equal("Indicator d1.a", entry.Indicator);
        Assert.Equal("test source for d1.a", entry.Source);
        Assert.Equal([ActionReason.LowScore], entry.Reasons);
        Assert.Equal(1.0 / 3 * 1.0 / 2 * 62.5, entry.Priority, 12);
    }

    [Fact]
    public void Plan_UsesItemWeightShareInPriority()
    {
        // d2.c weight 2 of 3, score 0: 1/3 · 2/3 · 100 = 22.22; d2.d weight 1 of 3, score 0: 1/3 · 1/3 · 100 = 11.11.
        var responses = ResponseSets.For(Instrument, ("officer", new() { ["d2.c"] = 0, ["d2.d"] = 0 }));

        var plan = new AssessmentScorer(Named.Options).Score(Instrument, responses).ActionPlan;

        Assert.Equal(["d2.c", "d2.d"], plan.Select(e => e.ItemId));
        Assert.Equal(200.0 / 9, plan[0].Priority, 12);
        Assert.Equal(100.0 / 9, plan[1].Priority, 12);
    }

    [Fact]
    public void Plan_IncludesAwarenessGapsEvenWhenScoreIsHigh()
    {
        // d1.b: three 4s and one dont-know → score 100, rate 0.25 ≥ 0.25 → awareness gap at level 4, clamped to 3.
        var responses = ResponseSets.For(Instrument,
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = Answer.DontKnow }));

        var entry = Assert.Single(new AssessmentScorer(Named.Options).Score(Instrument, responses).ActionPlan);

        Assert.Equal("d1.b", entry.ItemId);
        Assert.Equal([ActionReason.AwarenessGap], entry.Reasons);
        Assert.Equal(3, entry.Level);
        Assert.Equal(0, entry.Priority);
    }

    [Fact]
    public void Plan_WhenEveryAnswerIsDontKnow_PlansFromTheBottomWithFullPriority()
    {
        var responses = ResponseSets.For(Instrument, ("officer", new() { ["d3.e"] = Answer.DontKnow, ["d3.f"] = 4 }));

        var entry = Assert.Single(new AssessmentScorer(Named.Options).Score(Instrument, responses).ActionPlan, e => e.ItemId == "d3.e");

        Assert.Equal(0, entry.Level);
        Assert.Null(entry.Score);
        Assert.Equal([ActionReason.AwarenessGap], entry.Reasons);
        Assert.Equal(1.0 / 3 * 1.0 / 2 * 100, entry.Priority, 12);
    }

    [Fact]
    public void Plan_MultipliesPriorityForFlaggedGap_AndOrdersByPriorityThenInstrumentOrder()
    {
        // d1: exec 5 × 4 (100), officers 5 × 1 (25): gap 75 flagged. Domain d1 = 62.5 → items 62.5 each, not < 60.
        // Make officers 0 instead: d1 items score 50 → priority 1/3 · 1/2 · 50 · 1.5 = 12.5 each, d1.a first (tie).
        // d3 all 2 → 50 → priority 1/3 · 1/2 · 50 = 8.333, unflagged (both pools at 50).
        var exec = Enumerable.Range(0, 5).Select(_ => ("exec", new Dictionary<string, Answer> { ["d1.a"] = 4, ["d1.b"] = 4, ["d3.e"] = 2, ["d3.f"] = 2 }));
        var officers = Enumerable.Range(0, 5).Select(_ => ("officer", new Dictionary<string, Answer> { ["d1.a"] = 0, ["d1.b"] = 0, ["d3.e"] = 2, ["d3.f"] = 2 }));

        var result = new AssessmentScorer(Named.Options).Score(Instrument, ResponseSets.For(Instrument, [.. exec, .. officers]));

        Assert.True(result.FindDomain("d1")!.PerceptionGap.Flagged);
        Assert.Equal(["d1.a", "d1.b", "d3.e", "d3.f"], result.ActionPlan.Select(e => e.ItemId));
        Assert.Equal(12.5, result.ActionPlan[0].Priority, 12);
        Assert.True(result.ActionPlan[0].PerceptionGapFlagged);
        Assert.Equal(50.0 / 6, result.ActionPlan[2].Priority, 12);
        Assert.Equal(2, result.ActionPlan[0].Level);
    }

    [Fact]
    public void Strengths_ListItemsAtOrAbove80_HighestFirst()
    {
        // d1.a: 4 → 100; d1.b: 3,4,4,3,3 … use two respondents: d1.a 4,4 (100); d1.b 3,4 (87.5); d3.e 3,3 (75).
        var responses = ResponseSets.For(Instrument,
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 3, ["d3.e"] = 3 }),
            ("officer", new() { ["d1.a"] = 4, ["d1.b"] = 4, ["d3.e"] = 3 }));

        var strengths = new AssessmentScorer(Named.Options).Score(Instrument, responses).Strengths;

        Assert.Equal([("d1.a", 100.0), ("d1.b", 87.5)], strengths.Select(s => (s.ItemId, s.Score)));
        Assert.Equal("Practice d1.a", strengths[0].ItemText);
    }
}
