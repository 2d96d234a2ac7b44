using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Tests.Scoring;

public sealed class CrosswalkTrendTests
{
    private static Instrument Version1 => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    private static InstrumentCrosswalk Crosswalk => InstrumentCatalog.BuiltIn.FindCrosswalk(Version1.Reference, Version2.Reference)!;

    private static (AssessmentResult Then, AssessmentResult Now) Results()
    {
        var scorer = new AssessmentScorer();
        var then = scorer.Score(Version1, ExampleResponseSets.MidSizeAgency(Version1));
        var now = scorer.Score(Version2, ExampleResponseSets.MidSizeAgency(Version2), then);
        return (then, now);
    }

    [Fact]
    public void BuiltInCrosswalk_CoversEveryVersion2ItemOnce_AndUsesEveryVersion1Item()
    {
        Assert.Equal(Version2.Items.Select(item => item.Id), Crosswalk.Items.Select(entry => entry.Item));
        Assert.Empty(Version1.Items.Select(item => item.Id).Except(Crosswalk.Items.SelectMany(entry => entry.Previous)));
        Assert.Contains(Crosswalk.Items, entry => entry.Relation == CrosswalkRelation.New);
    }

    [Fact]
    public void Trend_AcrossVersions_ComparesItemsKeptOrRewordedOneToOne()
    {
        var (then, now) = Results();

        var trend = now.Trend!;

        Assert.Equal(TrendBasis.Crosswalk, trend.Basis);
        Assert.Equal(new InstrumentReference("safer-together", "1.0.0"), trend.PreviousInstrument);
        var comparable = Crosswalk.Items.Where(entry => entry.IsComparable).Select(entry => entry.Item).ToList();
        Assert.Equal(comparable, trend.Items.Select(change => change.ItemId));
        var academy = trend.Items.Single(change => change.ItemId == "training.academy");
        Assert.Equal(then.FindDomain("training")!.Items.Single(item => item.Id == "training.academy").Score, academy.Then);
        Assert.Equal(now.FindDomain("training")!.Items.Single(item => item.Id == "training.academy").Score, academy.Now);
        Assert.Equal(academy.Now - academy.Then, academy.Delta);
    }

    [Fact]
    public void Trend_AcrossVersions_ComparesOnlyDomainsMadeOfTheSamePractices_AndNamesTheRest()
    {
        var (then, now) = Results();

        var trend = now.Trend!;

        var engage = trend.Domains.Single(change => change.Id == "engage-community");
        Assert.Equal(then.FindDomain("engage-community")!.Score, engage.Then);
        Assert.NotNull(engage.Delta);
        var training = trend.Domains.Single(change => change.Id == "training");
        Assert.Null(training.Then);
        Assert.Null(trend.Overall.Then);
        Assert.All(trend.Sections, section => Assert.Null(section.Delta));
        Assert.Contains(new NotComparable("overall", "overall", null, []), trend.NotComparable);
        Assert.Contains(trend.NotComparable, entry => entry is { Scope: "domain", Id: "training" });
        Assert.DoesNotContain(trend.NotComparable, entry => entry is { Scope: "domain", Id: "engage-community" });
        var fto = trend.NotComparable.Single(entry => entry is { Scope: "previous-item", Id: "training.fto" });
        Assert.Equal(["training.fto-selection", "training.fto-evaluation"], fto.Previous);
        var stigma = trend.NotComparable.Single(entry => entry is { Scope: "item", Id: "psychological-health.stigma" });
        Assert.Equal(CrosswalkRelation.New, stigma.Relation);
    }

    [Fact]
    public void Trend_AcrossMajorVersionsWithoutCrosswalk_IsRefusedWithThePath()
    {
        var (then, now) = Results();
        var unrelated = new AssessmentScorer().Score(Version2, ExampleResponseSets.MidSizeAgency(Version2));

        // Score's null crosswalk means the built-in one; the rule itself refuses a trend with none.
        var error = Assert.Throws<AssessmentValidationException>(() => TrendCalculator.Compare(unrelated, then, crosswalk: null));

        Assert.Equal(
            "instrument.version: '1.0.0' has a different major version and there is no crosswalk from safer-together@1.0.0 to safer-together@2.0.0; a trend compares assessments of safer-together 2.x",
            Assert.Single(error.Errors).ToString());
        Assert.NotNull(now.Trend);
    }

    [Fact]
    public void Catalog_RejectsACrosswalkThatNamesUnknownItemsOrMissesOne()
    {
        var broken = Crosswalk with
        {
            Items = [.. Crosswalk.Items.Skip(1).Select((entry, index) => index == 0 ? entry with { Previous = ["nope"] } : entry)],
        };

        var error = Assert.Throws<AssessmentValidationException>(() => new InstrumentCatalog([Version1, Version2], [broken]));

        Assert.Equal(
            ["items[0].previous: 'nope' is not an item of safer-together@1.0.0", "items: has no entry for 'training.academy' of safer-together@2.0.0"],
            error.Errors.Select(e => e.ToString()));
    }
}
