// The README's quick start, compiled and run by the build: keep the two in step.
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Tests;

public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void QuickStart_ScoresTheMidSizeExample()
    {
        var path = Path.Combine(RepositoryPaths.Assessments, "examples", "mid-size-agency.json");

        #region quick-start
        // 1. Read a response set (the JSON of contracts.md) and find the instrument it answers.
        using var stream = File.OpenRead(path);
        var responses = WellnessJson.ReadResponseSet(stream);
        var instrument = InstrumentCatalog.BuiltIn.Resolve(responses.Instrument);

        // 2. Score it. Bad input throws AssessmentValidationException listing every problem with its JSON path.
        var scorer = new AssessmentScorer(new ScoringOptions { MinimumGroupSize = 5 });
        var result = scorer.Score(instrument, responses);

        // 3. Use the figures, or write the result JSON.
        Console.WriteLine($"Overall {result.Overall.Score:F1} ({result.Overall.Band})");
        foreach (var action in result.ActionPlan.Take(5))
        {
            Console.WriteLine($"{action.Priority,5:F2}  {action.Owner}: {action.Action} ({action.Timeframe})");
        }

        var json = WellnessJson.Serialize(result, indented: true);
        #endregion

        Assert.Equal(120, result.Respondents);
        Assert.Equal(5, result.ActionPlan.Take(5).Count());
        Assert.StartsWith("{", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_ShowsTheQuickStartThatThisTestRuns()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "WellnessAssessment.Tests", "ReadmeQuickStartTests.cs"));
        var start = source.IndexOf("#region quick-start\n", StringComparison.Ordinal) + "#region quick-start\n".Length;
        var end = source.LastIndexOf('\n', source.IndexOf("#endregion", StringComparison.Ordinal));
        var snippet = string.Join('\n', source[start..end].Split('\n').Select(line => line.StartsWith("        ", StringComparison.Ordinal) ? line[8..] : line));

        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Contains("```csharp\n" + snippet + "\n```", readme, StringComparison.Ordinal);
    }
}
