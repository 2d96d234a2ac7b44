using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
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
        // Twenty agencies scoring 5, 10, …, 100 on the one domain: enough for every statistic.
        var results = Enumerable.Range(1, 20).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, i * 5.0)).ToArray();

        var cell = new PeerNormsBuilder().Build(results).FindCell(NormScope.Domain, "d1", AgencySize.From11To49)!;

        Assert.Equal(20, cell.Agencies);
        Assert.Equal(52.5, cell.Mean!.Value, 12);
        Assert.Equal(14.5, cell.P10!.Value, 12); // h = 1.9
        Assert.Equal(28.75, cell.P25!.Value, 12); // h = 4.75
        Assert.Equal(52.5, cell.P50!.Value, 12); // h = 9.5
        Assert.Equal(76.25, cell.P75!.Value, 12); // h = 14.25
        Assert.Equal(90.5, cell.P90!.Value, 12); // h = 17.1
    }

    [Theory]
    [InlineData(5, false, false)]
    [InlineData(9, false, false)]
    [InlineData(10, true, false)]
    [InlineData(19, true, false)]
    [InlineData(20, true, true)]
    public void Build_PublishesTheStatisticsItsAgencyCountAllows(int agencies, bool quartiles, bool full)
    {
        // Scores 4.3, 8.3, …: the median of 5–9 agencies is rounded to whole points.
        var results = Enumerable.Range(1, agencies).Select(i => SyntheticResults.Create($"a{i}", null, (i * 4.0) + 0.3)).ToArray();
        var scores = results.Select(r => r.Overall.Score!.Value).Order().ToArray();

        var cell = new PeerNormsBuilder().Build(results).FindCell(NormScope.Domain, "d1", null)!;

        Assert.Equal(agencies, cell.Agencies);
        var median = agencies % 2 == 1 ? scores[agencies / 2] : (scores[(agencies / 2) - 1] + scores[agencies / 2]) / 2;
        Assert.Equal(quartiles ? median : Math.Round(median, MidpointRounding.AwayFromZero), cell.P50!.Value, 9);
        Assert.Equal(quartiles, cell.P25 is not null);
        Assert.Equal(quartiles, cell.P75 is not null);
        Assert.Equal(full, cell.P10 is not null);
        Assert.Equal(full, cell.P90 is not null);
        Assert.Equal(full, cell.Mean is not null);
    }

    [Fact]
    public void BuildWithout_SixContributors_GivesEachAFiveAgencyMedianOnly_AndFiveGiveNothing()
    {
        var six = Enumerable.Range(1, 6).Select(i => SyntheticResults.Create($"a{i}", AgencySize.From11To49, (i * 11.0) + 0.4)).ToArray();

        var seenByA1 = new PeerNormsBuilder().BuildWithout(six, ["a1"])!;
        var seenByA1OfFive = new PeerNormsBuilder().BuildWithout(six.Take(5), ["a1"])!;

        var cell = seenByA1.FindCell(NormScope.Domain, "d1", AgencySize.From11To49)!;
        Assert.Equal(5, cell.Agencies);
        Assert.Equal(Math.Round(six[3].Overall.Score!.Value), cell.P50); // the middle of a2…a6, rounded
        Assert.Equal([null, null, null, null, null], new[] { cell.Mean, cell.P10, cell.P25, cell.P75, cell.P90 });
        Assert.Equal(5, seenByA1.Contributions.Count);
        Assert.All(seenByA1OfFive.Cells, c => Assert.True(c.Withheld));
        Assert.Null(new PeerNormsBuilder().BuildWithout(six.Take(1), ["a1"]));
    }

    [Fact]
    public void Build_RefusesALeadershipSelfAssessmentAndAResultOfFewerThanFiveRespondents()
    {
        var results = new[]
        {
            SyntheticResults.Create("a1", null, 50),
            SyntheticResults.Create("a2", null, 50) with { Options = new ScoringOptions { Purpose = WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment } },
            SyntheticResults.Create("a3", null, 50) with { Respondents = 4 },
        };

        var exception = Assert.Throws<AssessmentValidationException>(() => new PeerNormsBuilder().Build(results));

        Assert.Equal(
        [
            "results[1]: is not an anonymous survey (a leadership self-assessment); norms take anonymous surveys only",
            "results[2]: has fewer than 5 respondents; a contribution needs at least 5",
        ], exception.Errors.Select(e => e.ToString()));
        Assert.Equal([true, false, false], results.Select(PeerNormsBuilder.CanContribute));
    }

    [Fact]
    public void MayPublish_OnlyWhenAtLeastFiveContributionsChanged()
    {
        var published = Enumerable.Range(1, 8).Select(i => SyntheticResults.Create($"a{i}", null, 40 + i)).ToArray();
        var oneWithdrawn = published.Skip(1).ToArray();
        var fourChanged = published.Select((r, i) => i < 4 ? SyntheticResults.Create($"a{i + 1}", null, 80 + i) : r).ToArray();
        var twoAddedThreeRemoved = published.Skip(3).Concat([SyntheticResults.Create("b1", null, 10), SyntheticResults.Create("b2", null, 20)]).ToArray();
        var builder = new PeerNormsBuilder();

        Assert.Equal(8, PeerNormsBuilder.CountChangedContributions([], published));
        Assert.True(builder.MayPublish([], published));
        Assert.Equal(0, PeerNormsBuilder.CountChangedContributions(published, published));
        Assert.Equal(1, PeerNormsBuilder.CountChangedContributions(published, oneWithdrawn));
        Assert.False(builder.MayPublish(published, oneWithdrawn));
        Assert.Equal(4, PeerNormsBuilder.CountChangedContributions(published, fourChanged));
        Assert.False(builder.MayPublish(published, fourChanged));
        Assert.Equal(5, PeerNormsBuilder.CountChangedContributions(published, twoAddedThreeRemoved));
        Assert.True(builder.MayPublish(published, twoAddedThreeRemoved));
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
