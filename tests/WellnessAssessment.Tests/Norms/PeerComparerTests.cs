using WellnessAssessment.Norms;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Norms;

public sealed class PeerComparerTests
{
    private static readonly AssessmentResult[] TenAgencies =
        Enumerable.Range(1, 10).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, i * 10.0)).ToArray();

    [Theory]
    [InlineData(55, 50)]
    [InlineData(19, 10)]
    [InlineData(91, 90)]
    [InlineData(66.25, 62.5)] // halfway from p50 (55) to p75 (77.5)
    [InlineData(25.75, 17.5)] // halfway from p10 (19) to p25 (32.5)
    public void Compare_WithinThePeerRange_InterpolatesThePercentileRank(double score, double rank)
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);
        var own = SyntheticResults.Create("me", AgencySize.From11To49, score);

        var comparison = PeerComparer.Compare(own, norms);

        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        var domain = Assert.Single(comparison.Domains);
        Assert.Equal(PeerBasis.SizeBand, domain.Basis);
        Assert.Equal(10, domain.Agencies);
        Assert.Equal(55, domain.Median!.Value, 12);
        Assert.Equal(PeerPosition.Within, domain.Position);
        Assert.Equal(rank, domain.PercentileRank!.Value, 9);
    }

    [Theory]
    [InlineData(18.9, PeerPosition.BelowP10)]
    [InlineData(91.1, PeerPosition.AboveP90)]
    public void Compare_OutsideThePeerRange_GivesThePositionWithoutARank(double score, PeerPosition position)
    {
        var norms = new PeerNormsBuilder().Build(TenAgencies);

        var domain = Assert.Single(PeerComparer.Compare(SyntheticResults.Create("me", AgencySize.From11To49, score), norms).Domains);

        Assert.Equal(position, domain.Position);
        Assert.Null(domain.PercentileRank);
        Assert.Equal(19, domain.P10!.Value, 12);
        Assert.Equal(91, domain.P90!.Value, 12);
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
        Assert.Equal(9, comparison.Overall!.Agencies);
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
