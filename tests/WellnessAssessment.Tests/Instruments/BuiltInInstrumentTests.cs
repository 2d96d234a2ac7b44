using WellnessAssessment.Instruments;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Instruments;

public sealed class BuiltInInstrumentTests
{
    private static Instrument SaferTogether => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    [Fact]
    public void Catalog_ListsSaferTogetherVersion1()
    {
        var instrument = InstrumentCatalog.BuiltIn.Instruments[0];

        Assert.Equal(new InstrumentReference("safer-together", "1.0.0"), instrument.Reference);
        Assert.Equal("Safer Together Organizational Wellness Self-Assessment", instrument.Title);
        Assert.Same(instrument, InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0"));
    }

    [Fact]
    public void BuiltIn_ValidatesAndMatchesTheFileInAssessments()
    {
        var fromFile = InstrumentLoader.LoadFile(Path.Combine(RepositoryPaths.Assessments, "safer-together.v1.json"));

        Assert.Equal(
            WellnessAssessment.Serialization.WellnessJson.Serialize(fromFile),
            WellnessAssessment.Serialization.WellnessJson.Serialize(SaferTogether));
        Assert.Equal("./instrument.schema.json", fromFile.Schema);
    }

    [Fact]
    public void BuiltIn_HoldsTheElevenSeedDomainsByTitle()
    {
        string[] buyIn =
        [
            "Training",
            "Strategic approaches to establishing buy-in",
            "Building officer trust and engagement",
            "Engaging communities in building positive relationships",
            "Embracing opportunities for growth in the culture of law enforcement",
        ];
        string[] crisis =
        [
            "Plan early and often",
            "Engage local community members",
            "Set the tone before a crisis occurs",
            "Establish a culture of collaboration",
            "Strengthen the culture of wellness",
            "Reflect and assess",
        ];

        var sections = SaferTogether.Sections;
        Assert.Equal("Buy-in components", sections[0].Title);
        Assert.Equal(buyIn, sections[0].Domains.Select(d => d.Title));
        Assert.Equal("Crisis readiness", sections[1].Title);
        Assert.Equal(crisis, sections[1].Domains.Select(d => d.Title));
        Assert.Equal("Sustainment and wellness supports", sections[2].Title);
    }

    [Fact]
    public void BuiltIn_HasThreeToSixItemsPerDomain_EachWithSourceAndFullRecommendations()
    {
        var seeds = new[] { "000_bbd14c9f56c5d390.txt", "001_f6d2cb753744042a.txt", "002_c20ff45a33e77018.txt", "003_9414bad443d9c253.txt", "004_b76c2984046042d5.txt" };
        foreach (var domain in SaferTogether.Domains)
        {
            Assert.InRange(domain.Items.Count, 3, 6);
            Assert.False(string.IsNullOrWhiteSpace(domain.Summary), domain.Id);
            foreach (var item in domain.Items)
            {
                Assert.Contains(seeds, seed => item.Source!.StartsWith(seed, StringComparison.Ordinal));
                Assert.Equal([0, 1, 2, 3], item.Recommendations.Select(r => r.Level).Order());
                Assert.All(item.Recommendations, r => Assert.False(string.IsNullOrWhiteSpace(r.Owner + r.Timeframe + r.Indicator)));
            }
        }
    }

    [Fact]
    public void BuiltIn_HasTheSevenGroupsWithLeadershipAndFrontlinePools()
    {
        var groups = SaferTogether.Groups;

        Assert.Equal(
            ["executive", "command-staff", "first-line-supervisor", "fto", "line-officer", "dispatcher", "civilian"],
            groups.Select(g => g.Id));
        Assert.Equal(
            [GroupPools.Leadership, GroupPools.Leadership, GroupPools.Frontline, GroupPools.Frontline, GroupPools.Frontline, GroupPools.Frontline, null],
            groups.Select(g => g.Pool));
    }

    [Fact]
    public void BuiltIn_UsesTheDefaultMaturityScale()
    {
        var scale = SaferTogether.Scale;

        Assert.Equal(0, scale.Min);
        Assert.Equal(4, scale.Max);
        Assert.Equal(["Not in place", "Initial", "Developing", "Established", "Sustained"], scale.Levels.Select(l => l.Label));
    }

    [Fact]
    public void Resolve_UnknownInstrumentOrVersion_NamesThePath()
    {
        var unknown = Assert.Throws<WellnessAssessment.Validation.AssessmentValidationException>(() => InstrumentCatalog.BuiltIn.Resolve(new("nope", "1.0.0")));
        var version = Assert.Throws<WellnessAssessment.Validation.AssessmentValidationException>(() => InstrumentCatalog.BuiltIn.Resolve(new("safer-together", "9.0.0")));

        Assert.Equal("instrument.id: 'nope' is not a known instrument (known: safer-together)", Assert.Single(unknown.Errors).ToString());
        Assert.Equal("instrument.version: '9.0.0' is not a known version of safer-together (known: 1.0.0, 2.0.0, 2.1.0)", Assert.Single(version.Errors).ToString());
    }
}
