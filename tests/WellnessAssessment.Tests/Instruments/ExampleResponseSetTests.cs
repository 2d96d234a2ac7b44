using WellnessAssessment.Instruments;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests.Instruments;

public sealed class ExampleResponseSetTests
{
    private static Instrument SaferTogether => InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;

    public static TheoryData<string> ExampleFiles => [ExampleResponseSets.SmallAgencyFile, ExampleResponseSets.MidSizeAgencyFile];

    private static string Generate(string file)
    {
        var set = file == ExampleResponseSets.SmallAgencyFile
            ? ExampleResponseSets.SmallAgency(SaferTogether)
            : ExampleResponseSets.MidSizeAgency(SaferTogether);
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
        var result = new AssessmentScorer().Score(SaferTogether, set);

        Assert.Equal(1, result.Respondents);
        Assert.NotNull(result.Overall.Score);
        Assert.NotEmpty(result.ActionPlan);
        Assert.All(result.Domains(), d => Assert.All(d.Groups, g => Assert.True(g.Suppressed || g.N == 0)));
    }

    [Fact]
    public void MidSizeAgency_Has120RespondentsAndLeadershipMoreOptimisticOnTrust()
    {
        var set = ExampleResponseSets.MidSizeAgency(SaferTogether);
        var result = new AssessmentScorer().Score(SaferTogether, set);

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
}
