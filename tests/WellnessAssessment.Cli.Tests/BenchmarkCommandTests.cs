using WellnessAssessment.Norms;
using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Testing.Peers;

namespace WellnessAssessment.Cli.Tests;

public sealed class BenchmarkCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-benchmark-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Writes 34 generated agencies' results (4 up to 10 sworn, 12 of 11–49, 10 of 50–249, 8 of 250+) into results/.</summary>
    private string WriteResults()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "results")).FullName;
        foreach (var result in GeneratedAgencies.Results(seed: 1310, GeneratedAgencies.Sizes(4, 12, 10, 8)))
        {
            File.WriteAllText(Path.Combine(folder, result.Agency!.Id + ".json"), WellnessJson.Serialize(result, indented: true));
        }

        return folder;
    }

    /// <summary>A 35th agency, of 11–49 sworn, that did not contribute.</summary>
    private string WriteNewAgency()
    {
        var set = GeneratedAgencies.ResponseSets(seed: 1311, [AgencySize.From11To49], firstNumber: 35)[0];
        var path = Path.Combine(_folder.FullName, "responses-35.json");
        File.WriteAllText(path, WellnessJson.Serialize(set));
        return path;
    }

    [Fact]
    public async Task Build_FromAFolderOfResults_WritesNormsWithoutAgencyIds()
    {
        var results = WriteResults();
        var norms = Path.Combine(_folder.FullName, "norms.json");

        var run = await CliRun.RunAsync("benchmark", "build", results, "-o", norms);

        Assert.Equal(0, run.ExitCode);
        var json = File.ReadAllText(norms);
        var read = WellnessJson.ReadNorms(json);
        Assert.Equal(34, read.FindCell(NormScope.Overall, null, null)!.Agencies);
        Assert.Equal(12, read.FindCell(NormScope.Overall, null, AgencySize.From11To49)!.Agencies);
        Assert.Equal(NormWithholdReason.TooFewAgencies, read.FindCell(NormScope.Overall, null, AgencySize.UpTo10)!.WithheldReason);
        Assert.DoesNotContain("agency-0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Generated Agency", json, StringComparison.Ordinal);
        var published = read.Cells.Count(c => !c.Withheld);
        Assert.Equal($"Built norms from 34 agencies ({published} of {read.Cells.Count} cells published).", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_WithBenchmark_AddsThePeerComparison()
    {
        var norms = Path.Combine(_folder.FullName, "norms.json");
        await CliRun.RunAsync("benchmark", "build", WriteResults(), "-o", norms);
        var responses = WriteNewAgency();

        var json = await CliRun.RunAsync("score", "--responses", responses, "--benchmark", norms);
        var text = await CliRun.RunAsync("score", "--responses", responses, "--benchmark", norms, "--format", "text");

        Assert.Equal(0, json.ExitCode);
        var comparison = WellnessJson.ReadResult(json.Out).PeerComparison!;
        Assert.Equal(PeerComparisonStatus.Compared, comparison.Status);
        Assert.Equal(AgencySize.From11To49, comparison.SizeBand);
        Assert.All(comparison.Domains, domain => Assert.Equal(12, domain.Agencies));
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Compared with peers (12 agencies of similar size):", text.Out, StringComparison.Ordinal);
        var training = comparison.Domains[0];
        // Twelve peers: the quartiles only (no mean, no p10 or p90).
        Assert.Null(training.P10);
        Assert.Null(training.Mean);
        Assert.Contains($"{training.Score:0.0} {training.Median,7:0.0} {training.P25:0.0}–{training.P75:0.0}", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithBenchmark_ShowsThePeerComparisonPage()
    {
        var norms = Path.Combine(_folder.FullName, "norms.json");
        await CliRun.RunAsync("benchmark", "build", WriteResults(), "-o", norms);
        var responses = WriteNewAgency();
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");
        var html = Path.Combine(_folder.FullName, "plan.html");

        var run = await CliRun.RunAsync("report", "--responses", responses, "--purpose", "leadership-self-assessment", "--benchmark", norms, "-o", pdf, "--html", html);
        var scored = await CliRun.RunAsync("score", "--responses", responses, "--purpose", "leadership-self-assessment", "--benchmark", norms);

        Assert.Equal(0, run.ExitCode);
        var result = WellnessJson.ReadResult(scored.Out);
        var training = result.PeerComparison!.Domains[0];
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().SelectMany(page => page.Letters).Select(letter => letter.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Comparedwith12agenciesofsimilarsize", text, StringComparison.Ordinal);
        var row = $"{result.Domains().First().Title}{training.Score:0.0}{training.Median:0.0}{training.P25:0.0}–{training.P75:0.0}".Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(row, text, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"peers\">Compared with 12 agencies of similar size</h2>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_WithBenchmarkItContributedTo_SaysSoAndDoesNotCompare()
    {
        var results = WriteResults();
        var norms = Path.Combine(_folder.FullName, "norms.json");
        await CliRun.RunAsync("benchmark", "build", results, "-o", norms);
        var contributor = Path.Combine(_folder.FullName, "responses-5.json");
        File.WriteAllText(contributor, WellnessJson.Serialize(GeneratedAgencies.ResponseSets(seed: 1310, GeneratedAgencies.Sizes(4, 12, 10, 8))[4]));

        var run = await CliRun.RunAsync("score", "--responses", contributor, "--benchmark", norms, "--purpose", "leadership-self-assessment");
        var excluded = Path.Combine(_folder.FullName, "norms-without-5.json");
        var rebuilt = await CliRun.RunAsync("benchmark", "build", results, "--exclude-agency", "agency-005", "-o", excluded);
        var again = await CliRun.RunAsync("score", "--responses", contributor, "--benchmark", excluded, "--purpose", "leadership-self-assessment");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PeerComparisonStatus.OwnContribution, WellnessJson.ReadResult(run.Out).PeerComparison!.Status);
        Assert.Equal($"{norms}: this result is one of the norms' contributions, so it is not compared with itself; build norms without it (wellness benchmark build … --exclude-agency agency-005).", run.Error.TrimEnd());
        Assert.Equal("Built norms from 33 agencies (", rebuilt.Error[..30]);
        Assert.Equal(11, WellnessJson.ReadResult(again.Out).PeerComparison!.Overall!.Agencies);
    }

    [Fact]
    public async Task Build_WithTheSameAgencyTwice_Exits2NamingBothFiles()
    {
        var results = WriteResults();
        var copy = Path.Combine(_folder.FullName, "copy.json");
        File.Copy(Path.Combine(results, "agency-001.json"), copy);

        var run = await CliRun.RunAsync("benchmark", "build", results, copy, "-o", Path.Combine(_folder.FullName, "norms.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{copy}: agency.id: 'agency-001' is also {Path.Combine(results, "agency-001.json")}; an agency counts once (use its latest result)", run.Error.TrimEnd());
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "norms.json")));
    }

    [Fact]
    public async Task Build_WithMinimumBelowFive_Exits2()
    {
        var run = await CliRun.RunAsync("benchmark", "build", WriteResults(), "--min-agencies", "4");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--min-agencies: must be at least 5, so that no cell describes fewer than 5 agencies", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_WithNormsOfAnotherInstrument_Exits2()
    {
        var norms = Path.Combine(_folder.FullName, "norms.json");
        await CliRun.RunAsync("benchmark", "build", WriteResults(), "-o", norms);

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--benchmark", norms);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{norms}: the norms are of safer-together@2.x, the result of safer-together@1.0.0; build norms from results of the same instrument and major version.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_WithAResponseSetAsBenchmark_Exits2NamingTheFile()
    {
        var responses = WriteNewAgency();

        var run = await CliRun.RunAsync("score", "--responses", responses, "--benchmark", responses);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{responses}: ", run.Error, StringComparison.Ordinal);
    }
}
