using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Instruments_ListsTheBuiltInInstrument()
    {
        var run = await CliRun.RunAsync("instruments");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("safer-together   1.0.0           3       13     56  Safer Together Organizational Wellness Self-Assessment", run.Out, StringComparison.Ordinal);
        Assert.Contains("safer-together   2.0.0           4       15     77  Safer Together Organizational Wellness Self-Assessment", run.Out, StringComparison.Ordinal);
        Assert.Contains("safer-together   2.1.0           4       15     83  Safer Together Organizational Wellness Self-Assessment", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.IndexOf("1.0.0", StringComparison.Ordinal) < run.Out.IndexOf("2.0.0", StringComparison.Ordinal)
            && run.Out.IndexOf("2.0.0", StringComparison.Ordinal) < run.Out.IndexOf("2.1.0", StringComparison.Ordinal), run.Out);
        Assert.Contains("Crisis readiness: Plan early and often;", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BuiltInInstrumentFile_IsValid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "assessments", "safer-together.v1.json");

        var run = await CliRun.RunAsync("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{path}: valid — safer-together 1.0.0, 3 sections, 13 domains, 56 items, 7 groups.", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Validate_InstrumentWithErrors_PrintsEveryErrorWithItsPath()
    {
        var path = CliRun.Fixture("instrument-with-errors.json");

        var run = await CliRun.RunAsync("validate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
        [
            $"{path}: version: must be a version MAJOR.MINOR.PATCH such as 1.0.0",
            $"{path}: groups[0].pool: 'management' is not a pool: use \"leadership\", \"frontline\" or null",
            $"{path}: sections[0].domains[0].items[0].weight: must be a number greater than 0",
            $"{path}: sections[0].domains[0].items[0].recommendations: has no recommendation for level 1 (every level below the maximum, 2, needs one)",
        ], run.Error.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Template_WritesHeaderAndLegend()
    {
        var path = Path.Combine(_folder.FullName, "survey.csv");

        var run = await CliRun.RunAsync("template", "--instrument", "safer-together@1.0.0", "-o", path);

        Assert.Equal(0, run.ExitCode);
        var header = File.ReadAllText(path).TrimEnd().Split(',');
        Assert.Equal(["respondentId", "group", "training.academy"], header.Take(3));
        Assert.Equal(58, header.Length);
        var legend = File.ReadAllLines(Path.Combine(_folder.FullName, "survey.legend.csv"));
        Assert.Equal("column,section,domain,question,allowed values", legend[0]);
        Assert.StartsWith("training.academy,Buy-in components,Training,", legend[3], StringComparison.Ordinal);
        Assert.Contains("0 = Not in place; 1 = Initial; 2 = Developing; 3 = Established; 4 = Sustained; DK = don't know", legend[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_ThenImport_RoundTrips()
    {
        var path = Path.Combine(_folder.FullName, "survey.csv");
        await CliRun.RunAsync("template", "-o", path);
        var header = File.ReadAllText(path).TrimEnd();
        var answers = string.Join(',', header.Split(',').Skip(2).Select((_, i) => (i % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        File.WriteAllText(path, $"{header}\r\nr1,fto,{answers}\r\n");

        var run = await CliRun.RunAsync("import", "--csv", path);

        // The template is of the default instrument, and the import recognises that version from the header.
        var newest = InstrumentCatalog.BuiltIn.Instruments[0];
        Assert.Equal(0, run.ExitCode);
        var set = WellnessJson.ReadResponseSet(run.Out);
        Assert.Equal(newest.Reference, set.Instrument);
        Assert.Equal(newest.Items.Count(), set.Responses[0].Answers.Count);
    }

    [Fact]
    public async Task Score_Json_IsExactlyTheCoreResult()
    {
        var path = CliRun.Example("mid-size-agency.json");

        var run = await CliRun.RunAsync("score", "--responses", path);

        var set = WellnessJson.ReadResponseSet(File.ReadAllText(path));
        var expected = new AssessmentScorer().Score(InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!, set);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(WellnessJson.Serialize(expected, indented: true) + "\n", run.Out);
    }

    [Fact]
    public async Task Score_Text_ShowsDomainsGapsAndTopActions()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--purpose", "leadership-self-assessment", "--format", "text"); // as an anonymous survey the gate withholds these gaps (civilians would follow from the pools)

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Riverside Police Department — safer-together 1.0.0 — 120 respondents", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Building officer trust and engagement                      37.2 emerging ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Perception gaps (leadership minus frontline, flagged at ±15):", run.Out, StringComparison.Ordinal);
        Assert.Contains("Top actions (5 of 41):", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Options_ReachTheScorer()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--min-group-size", "8", "--gap-threshold", "40", "--min-coverage", "0.75");

        var result = WellnessJson.ReadResult(run.Out);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(8, result.Options.MinimumGroupSize);
        Assert.Equal(40, result.Options.GapThreshold);
        Assert.Equal(0.75, result.Options.MinimumCoverage);
        Assert.DoesNotContain(result.Domains(), d => d.PerceptionGap.Flagged);
    }

    [Fact]
    public async Task Score_WithPrevious_AddsTheTrend()
    {
        var previous = Path.Combine(_folder.FullName, "previous.json");
        await CliRun.RunAsync("score", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", previous);

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--previous", previous);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(13, WellnessJson.ReadResult(run.Out).Trend!.Domains.Count);
    }

    [Fact]
    public async Task Score_BadOption_Exits2()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--min-group-size", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--min-group-size: must be at least 3, so that no group of one or two respondents is ever reported", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_TruncatedJson_Exits2NamingTheFileAndPosition()
    {
        var path = CliRun.Fixture("truncated-response-set.json");

        var run = await CliRun.RunAsync("score", "--responses", path);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("the JSON ends too early (is the file truncated?) (line", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.csv", "the file is empty; expected a response set (JSON).")]
    [InlineData("binary.csv", "this is not a text file (it contains binary data); expected a response set (JSON).")]
    public async Task Score_EmptyOrBinaryFile_Exits2(string fixture, string expected)
    {
        var path = CliRun.Fixture(fixture);

        var run = await CliRun.RunAsync("score", "--responses", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: {expected}", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_MissingFile_Exits2NamingIt()
    {
        var path = CliRun.Fixture("no-such-responses.json");

        var run = await CliRun.RunAsync("score", "--responses", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: no such file; expected a response set (JSON).", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_ResponseSetWithAnUnknownGroup_PrintsTheCoreErrorWithFileAndPath()
    {
        var run = await CliRun.RunWithInputAsync(
            """{ "instrument": { "id": "safer-together", "version": "1.0.0" }, "responses": [ { "respondentId": "r1", "group": "captain", "answers": { "training.fto": 2 } } ] }""",
            "score", "--responses", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("standard input: responses[0].group: 'captain' is not a group of safer-together 1.0.0; use one of: executive, command-staff, first-line-supervisor, fto, line-officer, dispatcher, civilian", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_ResponseSetWithAnEmailAsRespondentId_Exits2WithTheCoreRule()
    {
        var run = await CliRun.RunWithInputAsync(
            """{ "instrument": { "id": "safer-together", "version": "1.0.0" }, "responses": [ { "respondentId": "jane.doe@agency.gov", "group": "fto", "answers": { "training.fto": 2 } } ] }""",
            "score", "--responses", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("standard input: responses[0].respondentId: looks like an email address; respondent ids must not identify people: use an opaque id", run.Error.TrimEnd());
        Assert.DoesNotContain("jane.doe", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_WithInstrumentFile_UsesIt()
    {
        var instrument = Path.Combine(AppContext.BaseDirectory, "assessments", "safer-together.v1.json");

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "--instrument", instrument, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("safer-together 1.0.0 — 1 respondent", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_OutputIsAFolder_Exits2()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{_folder.FullName}: this is a folder; give the name of the file to write.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Score_FromStandardInput_IsTheSameAsFromTheFile()
    {
        var path = CliRun.Example("mid-size-agency.json");

        var fromFile = await CliRun.RunAsync("score", "--responses", path);
        var fromInput = await CliRun.RunWithInputAsync(await File.ReadAllTextAsync(path), "score", "--responses", "-");

        Assert.Equal(0, fromInput.ExitCode);
        Assert.Equal(fromFile.Out, fromInput.Out);
    }

    [Fact]
    public async Task Score_TruncatedJsonOnStandardInput_Exits2NamingStandardInput()
    {
        var json = await File.ReadAllTextAsync(CliRun.Fixture("truncated-response-set.json"));

        var run = await CliRun.RunWithInputAsync(json, "score", "--responses", "-");

        Assert.Equal(2, run.ExitCode);
        // The streaming reader names the last property it read before the end of the input.
        Assert.StartsWith("standard input: responses[0].answers[\"plan-early.response-plan\"]: the JSON ends too early (is the file truncated?) (line 40", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_UnknownInstrument_Exits2()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--instrument", "nope@9");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--instrument: 'nope@9' is neither a built-in instrument (safer-together@1.0.0, safer-together@2.0.0, safer-together@2.1.0) nor an existing file.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task UnknownCommandOrMissingOption_Exits2WithUsageHint()
    {
        var missing = await CliRun.RunAsync("score");
        var unknown = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Run 'wellness score --help' for usage.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
    }

    [Theory]
    [InlineData("instruments")]
    [InlineData("validate")]
    [InlineData("template")]
    [InlineData("import")]
    [InlineData("score")]
    [InlineData("report")]
    public async Task Help_OnEveryCommand_ShowsAnExample(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Example: wellness " + command, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_WithProfileOptions_SetsTheProfile_AndPicksTheAdviceThatFits()
    {
        var path = CliRun.Example("mid-size-agency.v2.json");

        var run = await CliRun.RunAsync("score", "--responses", path, "--size", "up-to-10", "--own-academy", "no");

        Assert.Equal(0, run.ExitCode);
        var result = WellnessJson.ReadResult(run.Out);
        Assert.Equal(WellnessAssessment.Profiles.AgencySize.UpTo10, result.Agency!.Profile!.Size);
        Assert.False(result.Agency.Profile.OwnAcademy);
        Assert.Equal(WellnessAssessment.Profiles.DispatchArrangement.Own, result.Agency.Profile.Dispatch);
        Assert.DoesNotContain(result.ActionPlan, entry => entry.Owner == "Training commander");
    }

    [Fact]
    public async Task Score_WithAnUnknownSize_IsBadInput()
    {
        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.v2.json"), "--size", "tiny");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("tiny", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ProfileWithoutAgency_IsBadInputNamingTheOptions()
    {
        var run = await CliRun.RunAsync("import", "--csv", CliRun.Fixture("two-answers.csv"), "--size", "11-49");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the agency profile needs --agency-name or --agency-id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_Version2WithVersion1Previous_ReportsTheComparableItemsAndNamesTheRest()
    {
        var previousPath = Path.Combine(_folder.FullName, "previous.json");
        var earlier = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "-o", previousPath);

        var json = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.v2.json"), "--previous", previousPath);
        var text = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.v2.json"), "--previous", previousPath, "--format", "text");

        Assert.Equal(0, earlier.ExitCode);
        Assert.Equal(0, json.ExitCode);
        var trend = WellnessJson.ReadResult(json.Out).Trend!;
        Assert.Equal(TrendBasis.Crosswalk, trend.Basis);
        Assert.Contains(trend.Items, change => change.ItemId == "training.academy" && change.Delta is not null);
        Assert.Contains(trend.NotComparable, entry => entry.Id == "psychological-health.stigma");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("compared with safer-together 1.0.0 through the crosswalk", text.Out, StringComparison.Ordinal);
        Assert.Contains("Not comparable", text.Out, StringComparison.Ordinal);
    }
}
