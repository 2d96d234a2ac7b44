using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Norms;

public sealed class PeerComparerTests
{
    /// <summary>Twenty agencies scoring 5, 10, …, 100: p10 14.5, p25 28.75, p50 52.5, p75 76.25, p90 90.5.</summary>
    private static readonly AssessmentResult[] TenAgencies =
        Enumerable.Range(1, 20).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, i * 5.0)).ToArray();

    [Theory]
    [InlineData(52.5, 50)]
    [InlineData(14.5, 10)]
    [InlineData(90.5, 90)]
    [InlineData(64.375, 62.5)] // halfway from p50 (52.5) to p75 (76.25)
    [InlineData(21.625, 17.5)] // halfway from p10 (14.5) to p25 (28.75)
    public void Compare_WithinThePeerRange_InterpolatesThePercentileRank(double score, double rank)
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);
        var own = SyntheticResults.Create("me", AgencySize.From11To49, score);

        var comparison = PeerComparer.Compare(own, norms);

        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        var domain = Assert.Single(comparison.Domains);
        Assert.Equal(PeerBasis.SizeBand, domain.Basis);
        Assert.Equal(20, domain.Agencies);
        Assert.Equal(52.5, domain.Median!.Value, 12);
        Assert.Equal(PeerPosition.Within, domain.Position);
        Assert.Equal(rank, domain.PercentileRank!.Value, 9);
    }

    [Theory]
    [InlineData(14.4, PeerPosition.BelowP10)]
    [InlineData(90.6, PeerPosition.AboveP90)]
    public void Compare_OutsideThePeerRange_GivesThePositionWithoutARank(double score, PeerPosition position)
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);

        var domain = Assert.Single(PeerComparer.Compare(SyntheticResults.Create("me", AgencySize.From11To49, score), norms).Domains);

        Assert.Equal(position, domain.Position);
        Assert.Null(domain.PercentileRank);
        Assert.Equal(14.5, domain.P10!.Value, 12);
        Assert.Equal(90.5, domain.P90!.Value, 12);
    }

    [Theory]
    [InlineData(55, PeerPosition.Within, 50.0)]
    [InlineData(32.5, PeerPosition.Within, 25.0)]
    [InlineData(66.25, PeerPosition.Within, 62.5)] // halfway from p50 (55) to p75 (77.5)
    [InlineData(32.4, PeerPosition.BelowP25, null)]
    [InlineData(77.6, PeerPosition.AboveP75, null)]
    public void Compare_WithTenToNineteenPeers_UsesTheQuartilesOnly(double score, PeerPosition position, double? rank)
    {
        var norms = new PeerNormsBuilder().Build(Enumerable.Range(1, 10).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, i * 10.0)));

        var domain = Assert.Single(PeerComparer.Compare(SyntheticResults.Create("me", AgencySize.From11To49, score), norms).Domains);

        Assert.Equal((10, 32.5, 55.0, 77.5), (domain.Agencies, domain.P25, domain.Median, domain.P75));
        Assert.Equal([null, null, null], new[] { domain.Mean, domain.P10, domain.P90 });
        Assert.Equal(position, domain.Position);
        Assert.Equal(rank, domain.PercentileRank);
    }

    [Theory]
    [InlineData(38.6, PeerPosition.AtMedian)] // rounds to the published median, 39
    [InlineData(38.4, PeerPosition.BelowMedian)]
    [InlineData(39.6, PeerPosition.AboveMedian)]
    public void Compare_WithFiveToNinePeers_GivesTheRoundedMedianAndAPositionWithoutARank(double score, PeerPosition position)
    {
        var norms = new PeerNormsBuilder().Build(Enumerable.Range(1, 6).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, (i * 10.0) + 3.5)));

        var domain = Assert.Single(PeerComparer.Compare(SyntheticResults.Create("me", AgencySize.From11To49, score), norms).Domains);

        Assert.Equal(6, domain.Agencies);
        Assert.Equal(39, domain.Median); // scores 13.5 … 63.5: (33.5 + 43.5) / 2 = 38.5, rounded away from zero
        Assert.Equal([null, null, null, null, null], new[] { domain.Mean, domain.P10, domain.P25, domain.P75, domain.P90 });
        Assert.Equal(position, domain.Position);
        Assert.Null(domain.PercentileRank);
    }

    [Fact]
    public void Compare_WhenTheScoreEqualsARunOfPercentiles_TakesTheMiddleOfTheRun()
    {
        Assert.Equal(37.5, PeerComparer.PercentileRank(50, [40, 50, 50, 60, 70]));
        Assert.Equal(50, PeerComparer.PercentileRank(50, [50, 50, 50, 50, 50]));
    }

    [Fact]
    public void Compare_WhenTheResultContributedToTheNorms_DoesNotCompareTheAgencyWithItself()
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);

        var comparison = PeerComparer.Compare(TenAgencies[3], norms);

        Assert.Equal(PeerComparisonStatus.OwnContribution, comparison.Status);
        Assert.Empty(comparison.Domains);
        Assert.Null(comparison.Overall);
    }

    [Fact]
    public void Compare_WithNormsBuiltWithoutTheAgency_Compares()
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies.Where((_, i) => i != 3));

        var comparison = PeerComparer.Compare(TenAgencies[3], norms);

        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        Assert.Equal(19, comparison.Overall!.Agencies);
    }

    [Fact]
    public void Compare_WhenTheSizeBandIsWithheld_ComparesWithAllAgencies()
    {
        var generated = GeneratedAgencies.Results(seed: 1302, GeneratedAgencies.Sizes(4, 12, 10, 8));
        var norms = new PeerNormsBuilder().Build(generated.Skip(1));
        var small = generated[0]; // one of the agencies of up to 10 sworn

        var comparison = PeerComparer.Compare(small, norms);

        Assert.Equal(AgencySize.UpTo10, comparison.SizeBand);
        Assert.All(comparison.Domains, domain => Assert.Equal(PeerBasis.AllAgencies, domain.Basis));
        Assert.Equal(33, comparison.Overall!.Agencies);
        var middle = generated[5];
        Assert.All(PeerComparer.Compare(middle, new PeerNormsBuilder().Build(generated.Where(r => r != middle))).Domains, domain =>
        {
            Assert.Equal(PeerBasis.SizeBand, domain.Basis);
            Assert.Equal(11, domain.Agencies);
        });
    }

    [Fact]
    public void Compare_WhenNoCellIsPublished_SaysSo()
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies.Take(4));

        var comparison = PeerComparer.Compare(SyntheticResults.Create("me", null, 50), norms);

        Assert.Equal(PeerComparisonStatus.NoQualifyingCell, comparison.Status);
    }

    [Fact]
    public void Compare_WithNormsOfAnotherInstrument_SaysSo()
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);

        var comparison = PeerComparer.Compare(SyntheticResults.Create("me", null, 50) with { Instrument = new("synthetic", "2.1.0") }, norms);

        Assert.Equal(PeerComparisonStatus.DifferentInstrument, comparison.Status);
    }
}
