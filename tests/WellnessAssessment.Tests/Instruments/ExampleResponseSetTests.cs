using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Instruments;

public sealed class ExampleResponseSetTests
{
    private static Instrument SaferTogether => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    private static Instrument Version2 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.0.0")!;

    public static TheoryData<string> ExampleFiles =>
    [
        ExampleResponseSets.SmallAgencyFile, ExampleResponseSets.MidSizeAgencyFile,
        ExampleResponseSets.SmallAgencyVersion2File, ExampleResponseSets.MidSizeAgencyVersion2File,
        ExampleResponseSets.SmallAgencyVersion21File,
    ];

    private static string Generate(string file)
    {
        var set = file switch
        {
            ExampleResponseSets.SmallAgencyFile => ExampleResponseSets.SmallAgency(SaferTogether),
            ExampleResponseSets.MidSizeAgencyFile => ExampleResponseSets.MidSizeAgency(SaferTogether),
            ExampleResponseSets.SmallAgencyVersion2File => ExampleResponseSets.NineOfficerAgency(Version2),
            ExampleResponseSets.SmallAgencyVersion21File => ExampleResponseSets.NineStaffAgency(InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!),
            _ => ExampleResponseSets.MidSizeAgencyWithProfile(Version2),
        };
        return WellnessJson.Serialize(set, indented: true) + "\n";
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ExampleFile_IsWhatTheGeneratorProduces(string file)
    {
        var path = Path.Combine(RepositoryPaths.Assessments, "examples", file);
        var expected = Generate(file);
        if (Environment.GetEnvironmentVariable("WELLNESS_REGENERATE_EXAMPLES") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void SmallAgency_IsTheChiefAlone()
    {
        var set = ExampleResponseSets.SmallAgency(SaferTogether);
        var result = new AssessmentScorer(Named.Options).Score(SaferTogether, set);

        Assert.Equal(1, result.Respondents);
        Assert.NotNull(result.Overall.Score);
        Assert.NotEmpty(result.ActionPlan);
        Assert.All(result.Domains(), d => Assert.All(d.Groups, g => Assert.True(g.Suppressed || g.N == 0)));
    }

    [Fact]
    public void MidSizeAgency_Has120RespondentsAndLeadershipMoreOptimisticOnTrust()
    {
        var set = ExampleResponseSets.MidSizeAgency(SaferTogether);
        var result = new AssessmentScorer(Named.Options).Score(SaferTogether, set);

        // As an anonymous survey the gap is withheld: the civilians (withheld, in neither pool) would follow exactly
        // from the domain figure minus both pools.
        var anonymous = new AssessmentScorer().Score(SaferTogether, set);
        Assert.Equal(PerceptionGapStatus.WithheldForAnonymity, anonymous.FindDomain("officer-trust")!.PerceptionGap.Status);
        Assert.True(anonymous.FindDomain("officer-trust")!.Groups.Single(g => g.Id == "civilian").Suppressed);

        Assert.Equal(120, result.Respondents);
        var trust = result.FindDomain("officer-trust")!;
        Assert.Equal(PerceptionGapStatus.Computed, trust.PerceptionGap.Status);
        Assert.True(trust.PerceptionGap.Flagged);
        Assert.True(trust.PerceptionGap.Gap > 15);
        Assert.Contains(result.ActionPlan, entry => entry.DomainId == "officer-trust" && entry.PerceptionGapFlagged);
        Assert.Contains(set.Responses.SelectMany(r => r.Answers.Values), a => a.Kind == WellnessAssessment.Responses.AnswerKind.DontKnow);
        Assert.Contains(set.Responses.SelectMany(r => r.Answers.Values), a => a.Kind == WellnessAssessment.Responses.AnswerKind.NotApplicable);
        Assert.True(trust.Groups.Single(g => g.Id == "executive").Suppressed);
        Assert.All(result.Domains(), d => Assert.NotNull(d.Alpha));
    }

    [Fact]
    public void NineOfficerAgency_PlanNamesNoRoleTheProfileLacks_AndBeginsByCreatingTheRolesItNeeds()
    {
        var result = new AssessmentScorer().Score(Version2, ExampleResponseSets.NineOfficerAgency(Version2));
        var absent = Version2.Roles!.Where(role => role.AbsentWhen.IsMetBy(ExampleResponseSets.SmallAgencyProfile)).Select(role => role.Title).ToHashSet();
        var created = result.FirstSteps.Where(step => step.Kind == FirstStepKind.AssignRole).Select(step => step.Role!).ToHashSet();
        var owners = result.ActionPlan.Select(entry => entry.Owner).Concat(result.KeepItGoing.Select(entry => entry.Owner)).ToHashSet();

        Assert.Equal(5, result.Respondents);
        Assert.Null(result.SingleView);
        Assert.NotEmpty(result.ActionPlan);
        Assert.Empty(owners.Intersect(absent).Except(created));
        Assert.Equal(["Wellness coordinator"], created);
        Assert.Equal(FirstStepKind.AssignRole, result.FirstSteps[0].Kind);
        Assert.Contains("Chief or a designated officer", owners);
        Assert.DoesNotContain("Training commander", owners);
        Assert.DoesNotContain("Emergency management coordinator", owners);
        Assert.All(result.Domains(), domain => Assert.All(domain.Groups, group => Assert.True(group.Suppressed || group.N == 0)));
    }

    [Fact]
    public void MidSizeAgencyVersion2_StillUsesTheLargerRoles()
    {
        var result = new AssessmentScorer().Score(Version2, ExampleResponseSets.MidSizeAgencyWithProfile(Version2));
        var owners = result.ActionPlan.Select(entry => entry.Owner).ToHashSet();

        Assert.Equal(120, result.Respondents);
        Assert.Contains("Training commander", owners);
        Assert.Contains("Patrol division commander", owners);
        Assert.Contains("Planning and research manager", owners);
        Assert.DoesNotContain("Chief or a designated officer", owners);
        Assert.NotEmpty(result.KeepItGoing);
    }

    [Fact]
    public void SmallAgencyChiefVersion1_IsOneView_AndItsPlanBeginsWithHearingStaff()
    {
        var result = new AssessmentScorer(Named.Options).Score(SaferTogether, ExampleResponseSets.SmallAgency(SaferTogether));

        Assert.Equal(new SingleView(SingleViewReason.OneRespondent, "executive", "Executive leadership", 1), result.SingleView);
        Assert.Equal(FirstStepKind.HearStaff, result.FirstSteps[0].Kind);
    }
}
