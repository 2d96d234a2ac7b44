using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

/// <summary>Outcome items through the CLI: the template's columns, the importer's mapping, and the text output.</summary>
public sealed class OutcomeCliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-cli-outcome-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static Instrument Version21 => InstrumentCatalog.BuiltIn.Find("safer-together", "2.1.0")!;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    [Fact]
    public async Task Template_EndsWithTheOutcomeColumns_AndTheLegendGivesTheirScale()
    {
        var path = Path.Combine(_folder.FullName, "survey.csv");

        var run = await CliRun.RunAsync("template", "--instrument", "safer-together@2.1.0", "-o", path);

        Assert.Equal(0, run.ExitCode);
        var header = File.ReadAllLines(path)[0].Split(',');
        Assert.Equal(Version21.Outcomes!.Select(outcome => outcome.Id), header[^5..]);
        var legend = File.ReadAllText(Path.Combine(_folder.FullName, "survey.legend.csv"));
        Assert.Contains("outcome.intent-to-stay,Outcomes,Not counted in any practice score,I intend to still be working for this agency two years from now.,\"0 = Strongly disagree; 1 = Disagree; 2 = Neither agree nor disagree; 3 = Agree; 4 = Strongly agree; DK = don't know; blank = unanswered\"", legend, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MapsOutcomeColumnsByIdOrText_OnTheOutcomesOwnScaleLabels()
    {
        var csv = Write("export.csv",
            "respondentId,group,training.academy,outcome.intent-to-stay,I trust the leadership of this agency.\n" +
            "a1,line-officer,3,Strongly agree,2\n" +
            "a2,line-officer,1,DK,\n");
        var output = Path.Combine(_folder.FullName, "responses.json");

        var run = await CliRun.RunAsync("import", "--csv", csv, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var set = WellnessJson.ReadResponseSet(File.ReadAllText(output));
        Assert.Equal(Answer.Level(4), set.Responses[0].Answers["outcome.intent-to-stay"]);
        Assert.Equal(Answer.Level(2), set.Responses[0].Answers["outcome.trust-leadership"]);
        Assert.Equal(Answer.DontKnow, set.Responses[1].Answers["outcome.intent-to-stay"]);
        Assert.False(set.Responses[1].Answers.ContainsKey("outcome.trust-leadership"));
    }

    [Fact]
    public async Task Import_NotApplicableOrAMaturityLabelInAnOutcomeColumn_ExitsWith2NamingTheCell()
    {
        var csv = Write("bad.csv",
            "group,training.academy,outcome.seek-help\n" +
            "line-officer,3,NA\n" +
            "line-officer,3,Established\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{csv}: row 2, column \"outcome.seek-help\": not applicable is not allowed for an outcome item", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{csv}: row 3, column \"outcome.seek-help\": 'Established' is not an answer: use 0–4, a level (Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree), DK or NA", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreText_ListsOutcomes_AndThePublishedAssociationsWithTheCaution()
    {
        var responses = Enumerable.Range(0, 40).Select(r =>
        {
            var level = r % 5;
            var answers = Version21.Items.ToDictionary(item => item.Id, _ => (Answer)level);
            foreach (var outcome in Version21.Outcomes!)
            {
                answers[outcome.Id] = (level + r / 5) % 5;
            }

            return new Response { RespondentId = $"r-{r:000}", Group = "line-officer", Answers = answers };
        }).ToList();
        var set = new ResponseSet { Instrument = Version21.Reference, Agency = new AgencyInfo("river-pd", "River Police Department"), Responses = responses };
        var path = Write("responses.json", WellnessJson.Serialize(set));
        var expected = new AssessmentScorer().Score(Version21, set);

        var run = await CliRun.RunAsync("score", "--responses", path, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Outcomes (not counted in any practice score; 0 strongly disagree, 100 strongly agree):", run.Out, StringComparison.Ordinal);
        var trust = expected.Outcomes!.Single(outcome => outcome.Id == "outcome.trust-leadership");
        Assert.Contains($"  {trust.Text,-70} {trust.Score!.Value.ToString("0.0", CultureInfo.InvariantCulture),6}    40         0%", run.Out, StringComparison.Ordinal);
        var published = expected.Associations!.Entries.Count(entry => entry.Status == AssociationStatus.Published);
        Assert.True(published > 0);
        Assert.Contains($"What moves with what ({published} of {expected.Associations.Entries.Count} pairs shown; at least 30 respondents answered both):", run.Out, StringComparison.Ordinal);
        Assert.Contains(AssociationView.CautionText, run.Out, StringComparison.Ordinal);
    }
}
