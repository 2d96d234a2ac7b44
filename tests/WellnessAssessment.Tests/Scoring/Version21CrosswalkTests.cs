using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Scoring;

public sealed class Version21CrosswalkTests
{
    private static Instrument Version1 => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    private static InstrumentCrosswalk OneToTwo => InstrumentCatalog.BuiltIn.FindCrosswalk(Version1.Reference, Version2.Reference)!;

    private static InstrumentCrosswalk TwoToTwoOne => InstrumentCatalog.BuiltIn.FindCrosswalk(Version2.Reference, Version21.Reference)!;

    private static InstrumentCrosswalk OneToTwoOne => InstrumentCatalog.BuiltIn.FindCrosswalk(Version1.Reference, Version21.Reference)!;

    [Fact]
    public void Crosswalk100To200_NoLongerTrendsThePracticesThatChanged()
    {
        var entries = OneToTwo.Items.ToDictionary(entry => entry.Item);

        foreach (var id in new[] { "training.accreditation", "strategic-buy-in.middle-managers", "community-relationships.community-of-work", "wellness-culture.resource-network" })
        {
            Assert.Equal(CrosswalkRelation.NotComparable, entries[id].Relation);
            Assert.False(entries[id].IsComparable);
        }

        Assert.Equal(CrosswalkRelation.Reworded, entries["culture-growth.staffing"].Relation);
        Assert.Equal(CrosswalkRelation.Reworded, entries["community-relationships.two-way-learning"].Relation);
        Assert.Equal(["community-relationships.two-way-learning"], entries["community-relationships.two-way-learning"].Previous);
        Assert.Single(OneToTwo.Items, entry => entry.Previous.Contains("engage-community.local-knowledge"));
    }

    [Fact]
    public void BuiltInCrosswalks_CoverEveryNewerItemOnce()
    {
        Assert.Equal(Version21.Items.Select(item => item.Id), TwoToTwoOne.Items.Select(entry => entry.Item));
        Assert.Equal(Version21.Items.Select(item => item.Id), OneToTwoOne.Items.Select(entry => entry.Item));
        Assert.Empty(Version2.Items.Select(item => item.Id).Except(TwoToTwoOne.Items.SelectMany(entry => entry.Previous)));
    }

    [Fact]
    public void Crosswalk100To210_IsTheCompositionOfTheTwoSteps_ForWhatItTrends()
    {
        var first = OneToTwo.Items.ToDictionary(entry => entry.Item);

        foreach (var entry in OneToTwoOne.Items)
        {
            var second = TwoToTwoOne.Items.Single(candidate => candidate.Item == entry.Item);
            var chainComparable = second.IsComparable && first[second.Previous[0]].IsComparable;
            Assert.True(chainComparable == entry.IsComparable, entry.Item);
            var ancestors = second.Previous.SelectMany(id => first[id].Previous).Distinct().ToList();
            Assert.Equal(ancestors, entry.Previous);
        }
    }

    [Fact]
    public void Validation_RefusesAnEarlierItemBothMergedAwayAndContinued()
    {
        // 2.0.0 had exactly this: local-knowledge merged into two-way-learning and also continued as reworded.
        var broken = OneToTwo with
        {
            Items = [.. OneToTwo.Items.Select(entry => entry.Item == "community-relationships.two-way-learning"
                ? entry with { Relation = CrosswalkRelation.Merged, Previous = ["community-relationships.two-way-learning", "engage-community.local-knowledge"] }
                : entry)],
        };

        var error = Assert.Throws<AssessmentValidationException>(() => new InstrumentCatalog([Version1, Version2], [broken]));

        Assert.Equal(
            "items: 'engage-community.local-knowledge' of safer-together@1.0.0 is both merged into 'community-relationships.two-way-learning' and continued by 'engage-community.local-knowledge'",
            Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void Validation_RefusesAnEarlierItemContinuedTwice_AndANotComparableItemWithoutOneEarlierItem()
    {
        var broken = TwoToTwoOne with
        {
            Items = [.. TwoToTwoOne.Items.Select(entry => entry.Item switch
            {
                "training.fto-preparation" => entry with { Relation = CrosswalkRelation.Reworded },
                "physical-health.schedules" => entry with { Previous = [] },
                _ => entry,
            })],
        };

        var error = Assert.Throws<AssessmentValidationException>(() => new InstrumentCatalog([Version2, Version21], [broken]));

        Assert.Equal(
            [
                "items: 'training.fto-selection' of safer-together@2.0.0 is continued by both 'training.fto-selection' and 'training.fto-preparation'",
                "items[82].previous: a 'not-comparable' item needs 1 earlier item(s), not 0",
            ],
            error.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CrosswalkFiles_ValidateAgainstTheCrosswalkSchema_WhichRefusesAnUnknownRelation()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Assessments, "crosswalks"), "*.json").Order(StringComparer.Ordinal).ToList();
        var broken = Path.Combine(Path.GetTempPath(), $"crosswalk-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, File.ReadAllText(files[0]).Replace("\"relation\": \"same\"", "\"relation\": \"similar\"", StringComparison.Ordinal));
        try
        {
            var (exitCode, output) = PythonSchema.Validate(Path.Combine(RepositoryPaths.Assessments, "crosswalk.schema.json"), [.. files, broken]);

            Assert.Equal(1, exitCode);
            Assert.Equal(
                ["valid safer-together.1.0.0-to-2.0.0.json", "valid safer-together.1.0.0-to-2.1.0.json", "valid safer-together.2.0.0-to-2.1.0.json", $"invalid {Path.GetFileName(broken)}"],
                output.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void InstrumentSchema_ValidatesAllThreeVersions()
    {
        var files = new[] { "safer-together.v1.json", "safer-together.v2.json", "safer-together.v2.1.json" }.Select(file => Path.Combine(RepositoryPaths.Assessments, file)).ToList();

        var (exitCode, output) = PythonSchema.Validate(Path.Combine(RepositoryPaths.Assessments, "instrument.schema.json"), files);

        Assert.True(exitCode == 0, output);
        Assert.Equal(["valid safer-together.v1.json", "valid safer-together.v2.json", "valid safer-together.v2.1.json"], output.Trim().Split('\n'));
    }

    [Fact]
    public void Trend_From100To210_ComparesOnlyItemsThatContinueThroughBothVersions()
    {
        var scorer = new AssessmentScorer();
        var then = scorer.Score(Version1, ExampleResponseSets.MidSizeAgency(Version1));

        var now = scorer.Score(Version21, ExampleResponseSets.MidSizeAgency(Version21), then);

        var trend = now.Trend!;
        Assert.Equal(TrendBasis.Crosswalk, trend.Basis);
        var first = OneToTwo.Items.ToDictionary(entry => entry.Item);
        var continuing = TwoToTwoOne.Items.Where(entry => entry.IsComparable && first[entry.Previous[0]].IsComparable).Select(entry => entry.Item).ToList();
        Assert.Equal(continuing, trend.Items.Select(change => change.ItemId));
        Assert.True(continuing.Count >= 20, $"{continuing.Count} items continue");
        foreach (var id in new[] { "training.accreditation", "strategic-buy-in.middle-managers", "community-relationships.community-of-work", "wellness-culture.resource-network", "psychological-health.stigma" })
        {
            Assert.DoesNotContain(trend.Items, change => change.ItemId == id);
            Assert.Contains(trend.NotComparable, entry => entry.Scope == "item" && entry.Id == id);
        }

        var academy = trend.Items.Single(change => change.ItemId == "training.academy");
        Assert.Equal(then.FindDomain("training")!.Items.Single(item => item.Id == "training.academy").Score, academy.Then);
    }

    [Fact]
    public void Trend_From200To210_GoesThroughTheCrosswalkAlthoughTheMajorVersionIsTheSame()
    {
        var scorer = new AssessmentScorer();
        var then = scorer.Score(Version2, ExampleResponseSets.MidSizeAgencyWithProfile(Version2));

        var now = scorer.Score(Version21, ExampleResponseSets.MidSizeAgencyWithProfile(Version21), then);

        Assert.Equal(TrendBasis.Crosswalk, now.Trend!.Basis);
        Assert.Contains(now.Trend.Items, change => change.ItemId == "training.academy");
        Assert.DoesNotContain(now.Trend.Items, change => change.ItemId == "engage-community.crisis-partners");
        Assert.DoesNotContain(now.Trend.Items, change => change.ItemId == "culture-growth.success-measures");
        Assert.Null(now.Trend.Overall.Then);
        var again = AssessmentScorer.WithTrend(now with { Trend = null }, then);
        Assert.Equal(WellnessJson.Serialize(now.Trend), WellnessJson.Serialize(again.Trend!));
    }
}
