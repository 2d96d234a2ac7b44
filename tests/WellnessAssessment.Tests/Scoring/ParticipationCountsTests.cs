using CsCheck;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Tests.Scoring;

public sealed class ParticipationCountsTests
{
    private static readonly Gen<(int[] Counts, int K)> CountsAndThreshold =
        Gen.Select(Gen.Int[0, 30].Array[0, 9], Gen.Int[1, 10]);

    [Fact]
    public void Protect_TheIssueExample_WithholdsTheSmallGroupAndItsComplement()
    {
        // 6 responses: line officers 5, executives 1. Showing 5 beside the total would give the executives away.
        var counts = ParticipationCounts.Protect([5, 1, 0], minimumGroupSize: 5);

        Assert.Equal([new(null, SuppressionReason.Complementary), new(null, SuppressionReason.BelowMinimumGroupSize), new ProtectedCount(0, null)], counts.Groups);
        Assert.Equal(6, counts.Total);
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
