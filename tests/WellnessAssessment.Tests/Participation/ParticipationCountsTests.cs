using CsCheck;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Participation;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Participation;

public sealed class ParticipationCountsTests
{
    private static readonly Gen<(int[] Counts, int K)> CountsAndThreshold =
        Gen.Select(Gen.Int[0, 30].Array[0, 9], Gen.Int[1, 10]);

    // Small groups beside a few large ones: where pins are found.
    private static readonly Gen<(int[] Counts, int K)> SmallCounts =
        Gen.Select(Gen.Frequency((3, Gen.Int[0, 6]), (1, Gen.Int[5, 30])).Array[1, 8], Gen.Int[2, 7]);

    [Fact]
    public void Protect_TheIssueExample_WithholdsTheSmallGroupAndItsComplement_WithoutStatingWhichIsSmall()
    {
        // 6 responses: line officers 5, executives 1. Showing 5 beside the total would give the executives away; so would
        // the reasons "below the minimum" (1 … 4) and "complementary" (at least 5) beside a total of 6 (1 + 5). With no
        // published group left to join them, both are stated complementary (size not stated): each keeps 1 … 5.
        var counts = ParticipationCounts.Protect([5, 1, 0], minimumGroupSize: 5);

        Assert.Equal([new(null, SuppressionReason.Complementary), new(null, SuppressionReason.Complementary), new ProtectedCount(0, null)], counts.Groups);
        Assert.Equal(6, counts.Total);
        Assert.All(WithheldRanges(counts, 5), range => Assert.Equal((1, 5), range));
    }

    [Fact]
    public void Protect_FiveGroupsOfOneBesideTwenty_WithholdsTheTwentyToo_SoNoGroupIsPinnedAtOne()
    {
        // Shown: 0 and 20 of a total of 25; five withheld groups, none empty, would hold exactly 1 each.
        var counts = ParticipationCounts.Protect([1, 1, 1, 1, 1, 0, 20], minimumGroupSize: 5);

        Assert.Equal(
            [.. Enumerable.Repeat(new ProtectedCount(null, SuppressionReason.BelowMinimumGroupSize), 5), new ProtectedCount(0, null), new ProtectedCount(null, SuppressionReason.Complementary)],
            counts.Groups);
        Assert.Equal(25, counts.Total);
        Assert.Equal([(1, 4), (1, 4), (1, 4), (1, 4), (1, 4), (5, 20)], WithheldRanges(counts, 5));
    }

    [Fact]
    public void Protect_FiveGroupsOfOneBesideTwentyAndThirty_WithholdsTheTwenty_AndShowsTheThirty()
    {
        var counts = ParticipationCounts.Protect([1, 1, 1, 1, 1, 20, 30], minimumGroupSize: 5);

        Assert.Equal([null, null, null, null, null, null, 30], counts.Groups.Select(g => g.Count));
        Assert.Equal(SuppressionReason.Complementary, counts.Groups[5].Suppressed);
        Assert.Equal(55, counts.Total);
        Assert.All(WithheldRanges(counts, 5), range => Assert.True(range.High > range.Low, $"{range}"));
    }

    [Fact]
    public void Protect_OneBelowTheMinimumAndItsComplementOfFive_BesideAShownGroup_WithholdsTheShownGroupToo()
    {
        // Total 26, 20 shown: withheld 6 = 1 (below the minimum, 1 … 4) + 5 (complementary, at least 5) pins both.
        var counts = ParticipationCounts.Protect([1, 5, 20], minimumGroupSize: 5);

        Assert.Equal([null, null, null], counts.Groups.Select(g => g.Count));
        Assert.Equal([(1, 4), (5, 20), (5, 20)], WithheldRanges(counts, 5));
    }

    [Fact]
    public void Protect_EveryWithheldCountKeepsTwoValues_GivenTheTotalAndTheReasons() =>
        SmallCounts.Sample(sample =>
        {
            var (counts, k) = sample;
            var shown = ParticipationCounts.Protect(counts, k);
            if (shown.Total is null || k < 2)
            {
                return;
            }

            Assert.All(WithheldRanges(shown, k), range => Assert.True(range.High > range.Low, $"counts [{string.Join(",", counts)}], k {k}: a withheld count pinned in {range}"));
        },
        iter: 20000);

    /// <summary>
    /// What the published counts leave each withheld count (docs/privacy.md, rule 2): the withheld counts add up to the
    /// total minus the shown ones; a withheld group is not empty unless every group is withheld; below the minimum
    /// holds 1 … k−1; complementary beside a group stated below the minimum holds at least k, otherwise 1 or more.
    /// </summary>
    internal static List<(int Low, int High)> WithheldRanges(ProtectedCounts shown, int k)
    {
        var withheld = shown.Groups.Where(g => g.Count is null).ToList();
        var sum = shown.Total!.Value - shown.Groups.Sum(g => g.Count ?? 0);
        var anyBelow = withheld.Any(g => g.Suppressed == SuppressionReason.BelowMinimumGroupSize);
        var everyGroup = withheld.Count == shown.Groups.Count;
        int Low(ProtectedCount g) => g.Suppressed == SuppressionReason.BelowMinimumGroupSize ? 1 : anyBelow ? k : everyGroup ? 0 : 1;
        int High(ProtectedCount g) => g.Suppressed == SuppressionReason.BelowMinimumGroupSize ? k - 1 : sum;
        var lowSum = withheld.Sum(Low);
        var highSum = withheld.Sum(High);
        return [.. withheld.Select(g => (Math.Max(Low(g), sum - (highSum - High(g))), Math.Min(High(g), sum - (lowSum - Low(g)))))];
    }

    [Fact]
    public void Protect_WhenEveryRespondentIsInASmallGroup_WithholdsTheTotalToo()
    {
        var counts = ParticipationCounts.Protect([3, 0], minimumGroupSize: 5);

        Assert.Null(counts.Total);
        Assert.Equal([new(null, SuppressionReason.BelowMinimumGroupSize), new ProtectedCount(0, null)], counts.Groups);
    }

    [Fact]
    public void Protect_WhenNoGroupIsSmall_ShowsEveryCount()
    {
        var counts = ParticipationCounts.Protect([5, 0, 12], minimumGroupSize: 5);

        Assert.Equal([5, 0, 12], counts.Groups.Select(g => g.Count));
        Assert.Equal(17, counts.Total);
    }

    [Fact]
    public void Protect_NoWithheldCountIsDerivableFromTheTotalAndTheShownCounts() =>
        CountsAndThreshold.Sample(sample =>
        {
            var (counts, k) = sample;
            var shown = ParticipationCounts.Protect(counts, k);
            var withheld = Enumerable.Range(0, counts.Length).Where(g => shown.Groups[g].Count is null).ToList();
            var withheldNonEmpty = withheld.Count(g => counts[g] > 0);
            var withheldSum = withheld.Sum(g => counts[g]);

            // Shown counts are exact, and every small group is withheld.
            Assert.All(Enumerable.Range(0, counts.Length), g => Assert.True(shown.Groups[g].Count is null || shown.Groups[g].Count == counts[g]));
            Assert.All(Enumerable.Range(0, counts.Length), g => Assert.True(counts[g] is 0 || counts[g] >= k || shown.Groups[g].Count is null));
            if (shown.Total is { } total)
            {
                // With the total shown, the withheld groups' sum is known: it must be 0, or at least k spread over two or more groups.
                Assert.Equal(counts.Sum(), total);
                Assert.True(withheldSum == 0 || (withheldSum >= k && withheldNonEmpty >= 2), $"withheld sum {withheldSum} over {withheldNonEmpty} groups, k {k}");
            }
            else
            {
                Assert.InRange(counts.Sum(), 1, k - 1);
                Assert.All(Enumerable.Range(0, counts.Length), g => Assert.True(counts[g] == 0 || shown.Groups[g].Count is null));
            }
        });

    [Fact]
    public void Protect_NegativeCount_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipationCounts.Protect([3, -1], 5));
}
