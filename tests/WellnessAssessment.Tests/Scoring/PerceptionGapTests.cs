using WellnessAssessment.Disclosure;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Scoring;

public sealed class PerceptionGapTests
{
    private static readonly WellnessAssessment.Instruments.Instrument Instrument = SmallInstrument.Create();

    private static PerceptionGap Gap(ScoringOptions options, params (string Group, int Count, int Value)[] groups) =>
        new AssessmentScorer(options).Score(
            Instrument,
            ResponseSets.For(Instrument, [.. groups.SelectMany(g => ResponseSets.Many(Instrument, g.Group, g.Count, g.Value))]))
            .FindDomain("d1")!.PerceptionGap;

    [Fact]
    public void Gap_IsLeadershipMinusFrontline_AndFlaggedAtThreshold()
    {
        // Leadership: 5 exec at 3 → 75. Frontline: 5 sergeants at 2 (50) + 5 officers at 3 (75) → 62.5. Gap 12.5.
        var gap = Gap(ScoringOptions.Default, ("exec", 5, 3), ("sergeant", 5, 2), ("officer", 5, 3));

        Assert.Equal(PerceptionGapStatus.Computed, gap.Status);
        Assert.Equal(75, gap.Leadership);
        Assert.Equal(62.5, gap.Frontline);
        Assert.Equal(12.5, gap.Gap);
        Assert.Equal(5, gap.LeadershipN);
        Assert.Equal(10, gap.FrontlineN);
        Assert.False(gap.Flagged);

        Assert.True(Gap(new ScoringOptions { GapThreshold = 12.5 }, ("exec", 5, 3), ("sergeant", 5, 2), ("officer", 5, 3)).Flagged);
    }

    [Fact]
    public void Gap_NegativeBeyondThreshold_IsFlagged()
    {
        // Leadership 25, frontline 100 → gap −75.
        var gap = Gap(ScoringOptions.Default, ("exec", 5, 1), ("officer", 6, 4));

        Assert.Equal(-75, gap.Gap);
        Assert.True(gap.Flagged);
    }

    [Fact]
    public void Gap_WhenAPoolIsBelowMinimum_IsNotComputed()
    {
        var gap = Gap(ScoringOptions.Default, ("exec", 4, 3), ("officer", 10, 1));

        Assert.Equal(PerceptionGapStatus.InsufficientRespondents, gap.Status);
        Assert.Null(gap.Gap);
        Assert.Null(gap.Leadership);
        Assert.Null(gap.LeadershipN);
        Assert.False(gap.Flagged);
    }

    [Fact]
    public void Gap_WhenAPoolHoldsFewerThanKSuppressedRespondents_SuppressesMoreOfThatPool()
    {
        // Sergeants (2) are suppressed, and the contract's rule adds exec (6, ties with civilian, earlier). Publishing the
        // frontline mean beside the officer mean would reveal the two sergeants, so officers are suppressed as well.
        // Named: the pool rule alone (each group answering alike would make the anonymous release withhold more).
        var result = new AssessmentScorer(Named.Options).Score(
            Instrument,
            ResponseSets.For(Instrument, [.. new[] { ("exec", 6, 3), ("sergeant", 2, 0), ("officer", 8, 2), ("civilian", 6, 2) }
                .SelectMany(g => ResponseSets.Many(Instrument, g.Item1, g.Item2, g.Item3))]));
        var domain = result.FindDomain("d1")!;

        Assert.Equal(PerceptionGapStatus.Computed, domain.PerceptionGap.Status);
        Assert.Equal(75, domain.PerceptionGap.Leadership);
        Assert.Equal(40, domain.PerceptionGap.Frontline);
        Assert.Equal([true, true, true, false], domain.Groups.Select(g => g.Suppressed));
        Assert.Equal(SuppressionReason.Complementary, domain.Groups[2].SuppressionReason);
    }

    [Fact]
    public void Gap_WhenGroupsInNeitherPoolAreTooFewToHide_IsWithheld()
    {
        // Civilians (2) belong to neither pool: total − leadership − frontline would reveal them, so no gap is published.
        var gap = Gap(ScoringOptions.Default, ("exec", 6, 3), ("officer", 8, 2), ("civilian", 2, 0));

        Assert.Equal(PerceptionGapStatus.WithheldForAnonymity, gap.Status);
        Assert.Null(gap.Frontline);
        Assert.Null(gap.Gap);
    }

    [Fact]
    public void Gap_WhenInstrumentHasNoPools_SaysSo()
    {
        var instrument = Instrument with { Groups = [.. Instrument.Groups.Select(g => g with { Pool = null })] };
        var responses = ResponseSets.For(instrument, [.. ResponseSets.Many(instrument, "exec", 5, 3)]);

        var gap = new AssessmentScorer().Score(instrument, responses).FindDomain("d1")!.PerceptionGap;

        Assert.Equal(PerceptionGapStatus.NoPools, gap.Status);
    }
}
