using System.Security.Cryptography;
using WellnessAssessment.Instruments;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Instruments;

public sealed class Version2InstrumentTests
{
    private static readonly string[] SeedFiles =
        ["004_b76c2984046042d5.txt", "000_bbd14c9f56c5d390.txt", "001_f6d2cb753744042a.txt", "002_c20ff45a33e77018.txt", "003_9414bad443d9c253.txt"];

    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    [Fact]
    public void Catalog_KeepsVersion2_ButFindsTheNewerVersion21ByDefault()
    {
        Assert.Contains(Version2, InstrumentCatalog.BuiltIn.Instruments);
        Assert.Equal("2.1.0", InstrumentCatalog.BuiltIn.Find("safer-together")!.Version);
    }

    [Fact]
    public void Version1File_StaysByteIdentical()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Assessments, "safer-together.v1.json"))));

        Assert.Equal("bb3e03421586cfa901539f9f7c89e14ef0b9813c4694697c4ca17923504503f2", hash);
    }

    [Fact]
    public void Version2_ValidatesAndMatchesTheFileInAssessments()
    {
        var fromFile = InstrumentLoader.LoadFile(Path.Combine(RepositoryPaths.Assessments, "safer-together.v2.json"));

        Assert.Equal(WellnessJson.Serialize(fromFile), WellnessJson.Serialize(Version2));
        Assert.Equal("./instrument.schema.json", fromFile.Schema);
    }

    [Fact]
    public void Version2_KeepsTheReportsExactTitlesForTheFiveComponentsAndSixFactors()
    {
        Assert.Equal(
            ["Training", "Strategic approaches to establishing buy-in", "Building officer trust and engagement",
             "Engaging communities in building positive relationships", "Embracing opportunities for growth in the culture of law enforcement"],
            Version2.Sections[0].Domains.Select(domain => domain.Title));
        Assert.Equal(
            ["Plan early and often", "Engage local community members", "Set the tone before a crisis occurs",
             "Establish a culture of collaboration", "Strengthen the culture of wellness", "Reflect and assess"],
            Version2.Sections[1].Domains.Select(domain => domain.Title));
        Assert.All(Version2.Domains, domain => Assert.False(string.IsNullOrEmpty(domain.ShortTitle)));
        Assert.All(Version2.Sections, section => Assert.False(string.IsNullOrEmpty(section.Heading)));
    }

    [Fact]
    public void Version2_ListsTheFiveSeedsAsSources()
    {
        Assert.Equal(SeedFiles, Version2.Sources!.Select(source => source.Id));
    }

    [Fact]
    public void EveryCitation_NamesASeedFileAndASectionHeadingThatExist()
    {
        var citations = Version2.Domains.Select(domain => (domain.Id, domain.Source!))
            .Concat(Version2.Items.Select(item => (item.Id, item.Source!)))
            .Concat(Version2.Roles!.Select(role => (role.Title, role.Establish.Source!)))
            .Append(("hearStaff", Version2.HearStaff!.Source!));

        var checkedCount = 0;
        foreach (var (owner, source) in citations)
        {
            foreach (var citation in source.Split("; "))
            {
                var parts = citation.Split(" — ", 2);
                Assert.True(parts.Length == 2, $"{owner}: '{citation}' is not 'file — heading'");
                var path = Path.Combine(RepositoryPaths.Seeds, parts[0]);
                Assert.True(File.Exists(path), $"{owner}: seed file {parts[0]} does not exist");
                Assert.True(SeedCitation.Exists(File.ReadAllLines(path), parts[1]), $"{owner}: no heading '{parts[1]}' in {parts[0]}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} citations checked");
    }

    [Fact]
    public void EveryItem_HasOneStepPerLevelWithDaysAndAtMostOneStatedVariantPerCondition()
    {
        foreach (var item in Version2.Items)
        {
            Assert.Equal([0, 1, 2, 3], item.Recommendations.Select(r => r.Level));
            Assert.All(item.Recommendations, r => Assert.True(r.TimeframeDays > 0, item.Id));
        }
    }

    [Fact]
    public void NotApplicable_IsAllowedWherePracticesCanHonestlyBeAbsent()
    {
        var allowed = Version2.Items.Where(item => item.AllowNotApplicable).Select(item => item.Id).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "training.academy", "training.fto-selection", "training.fto-evaluation", "culture-growth.academy-culture", "strategic-buy-in.middle-managers", "collaboration.dispatch" },
            allowed);
    }

    [Fact]
    public void ForASmallAgency_NoStepNamesARoleItMayLackExceptTheRolesThePlanCreates()
    {
        var profile = new AgencyProfile { Size = AgencySize.UpTo10, OwnAcademy = false, Dispatch = DispatchArrangement.Shared, EmployeeAssistance = EmployeeAssistanceArrangement.CityOrCounty, UnionOrAssociation = true };
        var absent = Version2.Roles!.Where(role => role.AbsentWhen.IsMetBy(profile)).Select(role => role.Title).ToHashSet();

        var owners = Version2.Items.SelectMany(item => item.Recommendations).Select(r => r.For(profile).Owner).ToHashSet();

        Assert.Equal(["Wellness coordinator"], owners.Intersect(absent));
        Assert.Contains("Training commander", absent);
        Assert.Contains("Emergency management coordinator", absent);
    }

    [Fact]
    public void ForAnAgencyWithoutItsOwnAcademy_AcademyStepsGoThroughTheStandardsBoard()
    {
        var profile = new AgencyProfile { Size = AgencySize.From50To249, OwnAcademy = false };
        var academy = Version2.Items.Single(item => item.Id == "training.academy");

        var step = academy.Recommendations[1].For(profile);
        var small = academy.Recommendations[1].For(profile with { Size = AgencySize.UpTo10 });

        Assert.StartsWith("Ask the state standards board (POST)", step.Action, StringComparison.Ordinal);
        Assert.Equal("Training commander", step.Owner);
        Assert.Equal(step.Action, small.Action);
        Assert.Equal("Chief or a designated officer", small.Owner);
    }

    [Fact]
    public void WhereAUnionIsPresent_StepsOnEvaluationCriteriaSaySo()
    {
        var step = Version2.Items.Single(item => item.Id == "culture-growth.success-measures").Recommendations[2];

        Assert.DoesNotContain("union", step.For(new AgencyProfile { UnionOrAssociation = false }).Action, StringComparison.Ordinal);
        Assert.Contains("union or police association", step.For(new AgencyProfile { UnionOrAssociation = true }).Action, StringComparison.Ordinal);
        Assert.Contains("union or police association", step.For(new AgencyProfile { Size = AgencySize.UpTo10, UnionOrAssociation = true }).Action, StringComparison.Ordinal);
    }

    [Fact]
    public void CaliforniaOnlyCourse_IsNamedAsSuch()
    {
        var mentions = Version2.Items.SelectMany(item => item.Recommendations).Select(r => r.Resource ?? string.Empty)
            .Where(resource => resource.Contains("Caring for the Caretakers", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, resource => Assert.Contains("enrollment limited to California, CA POST ID required, $49 tuition", resource, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_ValidatesBothVersions()
    {
        var files = new[] { "safer-together.v1.json", "safer-together.v2.json" }.Select(file => Path.Combine(RepositoryPaths.Assessments, file)).ToList();

        var (exitCode, output) = PythonSchema.Validate(Path.Combine(RepositoryPaths.Assessments, "instrument.schema.json"), files);

        Assert.True(exitCode == 0, output);
        Assert.Equal(["valid safer-together.v1.json", "valid safer-together.v2.json"], output.Trim().Split('\n'));
    }
}
