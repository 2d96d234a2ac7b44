using WellnessAssessment.Norms;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Testing.Peers;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Norms;

public sealed class PeerNormsBuilderTests
{
    /// <summary>34 generated agencies: 4 of up to 10 sworn, 12 of 11–49, 10 of 50–249, 8 of 250 or more.</summary>
    private static readonly IReadOnlyList<AssessmentResult> ThirtyFourAgencies = GeneratedAgencies.Results(seed: 1301, GeneratedAgencies.Sizes(4, 12, 10, 8));

    [Fact]
    public void Build_FromGeneratedAgencies_PublishesEveryMeasureForAllAgencies()
    {
        var norms = new PeerNormsBuilder().Build(ThirtyFourAgencies);

        Assert.Equal(PeerNorms.CurrentFormat, norms.Format);
        Assert.Equal(new NormsInstrument("safer-together", 2), norms.Instrument);
        Assert.Equal(34, norms.Contributions.Count);
        var domainIds = GeneratedAgencies.Instrument.Sections.SelectMany(s => s.Domains).Select(d => d.Id).ToArray();
        Assert.Equal(1 + 4 + domainIds.Length, norms.Cells.Count(cell => cell.SizeBand is null));
        Assert.Equal(5 * (1 + 4 + domainIds.Length), norms.Cells.Count);
        var overall = norms.FindCell(NormScope.Overall, null, null)!;
        Assert.False(overall.Withheld);
        Assert.Equal(34, overall.Agencies);
        var scores = ThirtyFourAgencies.Select(r => r.Overall.Score!.Value).Order().ToArray();
        Assert.Equal(scores.Average(), overall.Mean!.Value, 9);
        Assert.Equal(scores[16] + (0.5 * (scores[17] - scores[16])), overall.P50!.Value, 9); // h = 33 · 0.5 = 16.5
        Assert.Equal(scores[3] + (0.3 * (scores[4] - scores[3])), overall.P10!.Value, 9);    // h = 3.3
        Assert.Equal(scores[29] + (0.7 * (scores[30] - scores[29])), overall.P90!.Value, 9); // h = 29.7
        Assert.All(domainIds, id => Assert.Equal(34, norms.FindCell(NormScope.Domain, id, null)!.Agencies));
    }

    [Fact]
    public void Build_WhenASizeBandHoldsFourAgencies_WithholdsItAndTheNextSmallestBand()
    {
        var norms = new PeerNormsBuilder().Build(ThirtyFourAgencies);

        foreach (var measure in norms.Cells.Where(cell => cell.SizeBand is null))
        {
            var small = norms.FindCell(measure.Scope, measure.Id, AgencySize.UpTo10)!;
            Assert.True(small.Withheld);
            Assert.Equal(NormWithholdReason.TooFewAgencies, small.WithheldReason);
            Assert.Null(small.Agencies);
            Assert.Null(small.Mean);
            Assert.Null(small.P50);

            // All agencies minus the other three bands would give the four small agencies' mean: the smallest other band (8) goes too.
            var largest = norms.FindCell(measure.Scope, measure.Id, AgencySize.From250)!;
            Assert.True(largest.Withheld);
            Assert.Equal(NormWithholdReason.Complementary, largest.WithheldReason);
            Assert.Equal(12, norms.FindCell(measure.Scope, measure.Id, AgencySize.From11To49)!.Agencies);
            Assert.Equal(10, norms.FindCell(measure.Scope, measure.Id, AgencySize.From50To249)!.Agencies);
            Assert.Equal(34, measure.Agencies);
        }
    }

    [Fact]
    public void Build_FromGeneratedAgencies_NoPublishedPairOfCellsRevealsOneAgency()
    {
        var norms = new PeerNormsBuilder().Build(ThirtyFourAgencies);

        NormsAssertions.NoCellRecoverable(norms);
    }

    [Fact]
    public void Build_WithKnownScores_ComputesMeanAndInterpolatedPercentiles()
    {
        // Ten agencies scoring 10, 20, …, 100 on the one domain.
        var results = Enumerable.Range(1, 10).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, i * 10.0)).ToArray();

        var cell = new PeerNormsBuilder().Build(results).FindCell(NormScope.Domain, "d1", AgencySize.From11To49)!;

        Assert.Equal(10, cell.Agencies);
        Assert.Equal(55, cell.Mean!.Value, 12);
        Assert.Equal(19, cell.P10!.Value, 12);   // h = 0.9
        Assert.Equal(32.5, cell.P25!.Value, 12); // h = 2.25
        Assert.Equal(55, cell.P50!.Value, 12);   // h = 4.5
        Assert.Equal(77.5, cell.P75!.Value, 12); // h = 6.75
        Assert.Equal(91, cell.P90!.Value, 12);   // h = 8.1
    }

    [Fact]
    public void Build_WhenAnAgencyHasNoDomainScore_LeavesItOutOfThatDomainOnly()
    {
        var results = Enumerable.Range(1, 6).Select(i => SyntheticResults.Create($"a{i}", null, i * 10.0, i == 6 ? null : 50.0)).ToArray();

        var norms = new PeerNormsBuilder().Build(results);

        Assert.Equal(6, norms.FindCell(NormScope.Domain, "d1", null)!.Agencies);
        Assert.Equal(5, norms.FindCell(NormScope.Domain, "d2", null)!.Agencies);
        Assert.Equal(6, norms.FindCell(NormScope.Overall, null, null)!.Agencies);
    }

    [Fact]
    public void Build_WithUnknownSizesBelowTheMinimum_WithholdsTheSmallestBand()
    {
        // 3 agencies of unknown size would be all agencies minus the bands: the smallest band (6) is withheld with them.
        var sizes = GeneratedAgencies.Sizes(0, 6, 9, 0, unknown: 3);
        var results = sizes.Select((size, i) => SyntheticResults.Create($"a{i}", size, 40 + i)).ToArray();

        var norms = new PeerNormsBuilder().Build(results);

        Assert.Equal(NormWithholdReason.Complementary, norms.FindCell(NormScope.Domain, "d1", AgencySize.From11To49)!.WithheldReason);
        Assert.Equal(9, norms.FindCell(NormScope.Domain, "d1", AgencySize.From50To249)!.Agencies);
        Assert.Equal(18, norms.FindCell(NormScope.Domain, "d1", null)!.Agencies);
    }

    [Fact]
    public void Build_WithFourAgenciesInAll_WithholdsEveryCell()
    {
        var results = Enumerable.Range(1, 4).Select(i => SyntheticResults.Create($"a{i}", AgencySize.UpTo10, 50)).ToArray();

        var norms = new PeerNormsBuilder().Build(results);

        Assert.All(norms.Cells, cell => Assert.True(cell.Withheld));
    }

    [Fact]
    public void Build_WithAHigherMinimum_WithholdsCellsBelowIt()
    {
        var norms = new PeerNormsBuilder(new NormsOptions { MinimumAgencies = 11 }).Build(ThirtyFourAgencies);

        Assert.Equal(11, norms.MinimumAgencies);
        Assert.Equal(12, norms.FindCell(NormScope.Overall, null, AgencySize.From11To49)!.Agencies);
        Assert.True(norms.FindCell(NormScope.Overall, null, AgencySize.From50To249)!.Withheld);
        NormsAssertions.NoCellRecoverable(norms);
    }

    [Fact]
    public void Constructor_WithMinimumBelowFive_Throws()
    {
        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder(new NormsOptions { MinimumAgencies = 4 }));

        Assert.Equal("norms options", exception.Subject);
        Assert.Equal("minimumAgencies: must be at least 5, so that no cell describes fewer than 5 agencies", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void Build_WithTheSameAgencyTwice_NamesBothResults()
    {
        var results = new[] { SyntheticResults.Create("a1", null, 50), SyntheticResults.Create("a2", null, 50), SyntheticResults.Create("a1", null, 60) };

        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder().Build(results));

        Assert.Equal("results[2].agency.id: 'a1' is also results[0]; an agency counts once (use its latest result)", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void Build_WithAnotherMajorVersion_NamesTheResult()
    {
        var results = new[] { SyntheticResults.Create("a1", null, 50), SyntheticResults.Create("a2", null, 50) with { Instrument = new("synthetic", "2.0.0") } };

        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder().Build(results));

        Assert.Equal("results[1].instrument: synthetic@2.0.0 differs from synthetic@1.0.0 of results[0]; norms hold one instrument id and major version", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void Build_WithAResultThatNamesNoAgency_NamesIt()
    {
        var results = new[] { SyntheticResults.Create("a1", null, 50) with { Agency = null } };

        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder().Build(results));

        Assert.Equal("results[0].agency: names no agency; norms count agencies, so every result must name its agency", Assert.Single(exception.Errors).ToString());
    }

    [Fact]
    public void Build_WithNoResults_Throws()
    {
        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder().Build([]));

        Assert.Equal("results: is empty; norms need the results of at least one agency", Assert.Single(exception.Errors).ToString());
    }
}
