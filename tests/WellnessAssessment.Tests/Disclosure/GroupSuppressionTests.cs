using WellnessAssessment.Disclosure;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Disclosure;

public sealed class GroupSuppressionTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    // The complementary rule itself, without secondary suppression (which every group answering alike would trigger):
    // a named self-assessment applies the same pattern. Secondary suppression is tested in Disclosure/.
    private static AssessmentResult Score(params (string Group, int Count, int Value)[] groups) =>
        new AssessmentScorer(Named.Options).Score(
            Instrument,
            ResponseSets.For(Instrument, [.. groups.SelectMany(g => ResponseSets.Many(Instrument, g.Group, g.Count, g.Value))]));

    [Fact]
    public void Score_WhenGroupBelowThreshold_SuppressesIt()
    {
        // exec 2 (< 5) suppressed; then suppressed total 2 < 5 → the smallest other non-empty group (civilian, 5) too.
        var domain = Score(("exec", 2, 4), ("sergeant", 6, 2), ("officer", 8, 1), ("civilian", 5, 3)).FindDomain("d1")!;

        var exec = domain.Groups.Single(g => g.Id == "exec");
        Assert.True(exec.Suppressed);
        Assert.Equal(SuppressionReason.BelowMinimumGroupSize, exec.SuppressionReason);
        Assert.Null(exec.N);
        Assert.Null(exec.Score);
        Assert.Null(exec.Sd);
        Assert.Null(exec.Ci95);

        var civilian = domain.Groups.Single(g => g.Id == "civilian");
        Assert.True(civilian.Suppressed);
        Assert.Equal(SuppressionReason.Complementary, civilian.SuppressionReason);

        var sergeant = domain.Groups.Single(g => g.Id == "sergeant");
        Assert.False(sergeant.Suppressed);
        Assert.Equal(6, sergeant.N);
        Assert.Equal(50, sergeant.Score);
        Assert.Equal(new ConfidenceInterval(50, 50), sergeant.Ci95);
        Assert.Equal(8, domain.Groups.Single(g => g.Id == "officer").N);
    }

    [Fact]
    public void Score_WhenSuppressedGroupsTogetherReachThreshold_SuppressesNoMore()
    {
        // exec 2 + civilian 3 = 5 ≥ 5: both suppressed for size; sergeant and officer stay visible.
        var domain = Score(("exec", 2, 4), ("sergeant", 6, 2), ("officer", 8, 1), ("civilian", 3, 3)).FindDomain("d1")!;

        Assert.Equal([true, false, false, true], domain.Groups.Select(g => g.Suppressed));
        Assert.All(domain.Groups.Where(g => g.Suppressed), g => Assert.Equal(SuppressionReason.BelowMinimumGroupSize, g.SuppressionReason));
    }

    [Fact]
    public void Score_ComplementarySuppression_TakesSmallestFirstWithTiesInInstrumentOrder()
    {
        // exec 1 suppressed; sergeant 6 and officer 6 tie as smallest → sergeant (earlier) is suppressed; 1 + 6 ≥ 5.
        var domain = Score(("exec", 1, 4), ("sergeant", 6, 2), ("officer", 6, 1), ("civilian", 9, 3)).FindDomain("d1")!;

        Assert.Equal([true, true, false, false], domain.Groups.Select(g => g.Suppressed));
    }

    [Fact]
    public void Score_WhenEveryGroupIsSmall_SuppressesAllButStillScoresTheDomain()
    {
        var result = Score(("exec", 1, 4), ("sergeant", 2, 2), ("officer", 1, 1));
        var domain = result.FindDomain("d1")!;

        Assert.All(domain.Groups.Where(g => g.Id != "civilian"), g => Assert.True(g.Suppressed));
        Assert.Equal(4, domain.N);
        // (100 + 50 + 50 + 25) / 4 = 56.25
        Assert.Equal(56.25, domain.Score!.Value, 12);
    }

    [Fact]
    public void Score_EmptyGroup_IsNotSuppressedAndHasNoScore()
    {
        var domain = Score(("officer", 5, 2)).FindDomain("d1")!;
        var exec = domain.Groups.Single(g => g.Id == "exec");

        Assert.False(exec.Suppressed);
        Assert.Equal(0, exec.N);
        Assert.Null(exec.Score);
    }

    [Fact]
    public void Score_ItemGroups_FollowTheSameRuleOnItemCounts()
    {
        // d1.a: officer 5 numeric; exec 4 numeric → exec suppressed, then officer complementary (4 < 5).
        var responses = ResponseSets.For(
            Instrument,
            [
                .. Enumerable.Range(0, 5).Select(_ => ("officer", new Dictionary<string, Answer> { ["d1.a"] = 2 })),
                .. Enumerable.Range(0, 4).Select(_ => ("exec", new Dictionary<string, Answer> { ["d1.a"] = 4 })),
            ]);

        var item = new AssessmentScorer().Score(Instrument, responses).FindDomain("d1")!.Items[0];

        Assert.Equal([true, false, true, false], item.Groups.Select(g => g.Suppressed));
        Assert.Equal(SuppressionReason.Complementary, item.Groups[2].SuppressionReason);
        Assert.All(item.Groups, g => Assert.Null(g.Ci95));
    }

    [Fact]
    public void Score_WithLargerMinimumGroupSize_SuppressesMore()
    {
        var responses = ResponseSets.For(Instrument, [.. ResponseSets.Many(Instrument, "officer", 6, 2), .. ResponseSets.Many(Instrument, "sergeant", 8, 2)]);

        var domain = new AssessmentScorer(new ScoringOptions { MinimumGroupSize = 7 }).Score(Instrument, responses).FindDomain("d1")!;

        // officer 6 < 7 suppressed; 6 < 7 → sergeant (8) suppressed too.
        Assert.True(domain.Groups.Single(g => g.Id == "officer").Suppressed);
        Assert.True(domain.Groups.Single(g => g.Id == "sergeant").Suppressed);
    }
}
