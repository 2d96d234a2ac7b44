using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Output(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public async Task Import_FormsExportWithBomSemicolonsLabelsAndBlanks_WritesTheResponseSet()
    {
        var output = Output("responses.json");

        var run = await CliRun.RunAsync("import", "--csv", CliRun.Fixture("forms-export-bom-semicolons-labels-blanks.csv"),
            "--ignore-column", "Timestamp", "--agency-name", "Añasco Police Department", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var set = WellnessJson.ReadResponseSet(File.ReadAllText(output));
        Assert.Equal(new AgencyInfo("a-asco-police-department", "Añasco Police Department"), set.Agency);
        Assert.Equal(["a1", "a2", "a3"], set.Responses.Select(r => r.RespondentId));
        Assert.Equal(["line-officer", "executive", "dispatcher"], set.Responses.Select(r => r.Group));
        var a1 = set.Responses[0].Answers;
        Assert.Equal(Answer.Level(3), a1["training.academy"]);
        Assert.Equal(Answer.DontKnow, a1["training.fto"]);
        Assert.Equal(Answer.Level(1), a1["officer-trust.listening-sessions"]);
        Assert.Equal(Answer.Level(2), a1["wellness-supports.peer-support"]);
        var a2 = set.Responses[1].Answers;
        Assert.Equal(Answer.NotApplicable, a2["training.fto"]);
        Assert.Equal(Answer.Level(4), a2["officer-trust.listening-sessions"]);
        Assert.False(a2.ContainsKey("wellness-supports.peer-support"));
        var a3 = set.Responses[2].Answers;
        Assert.Equal(Answer.Level(0), a3["training.academy"]);
        Assert.Equal(Answer.Level(1), a3["wellness-supports.peer-support"]);
        Assert.Equal(3, a3.Count);
    }

    [Fact]
    public async Task Import_ToStandardOutput_PrintsTheJson()
    {
        var run = await CliRun.RunAsync("import", "--csv", CliRun.Fixture("forms-export-bom-semicolons-labels-blanks.csv"), "--ignore-column", "Timestamp");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, WellnessJson.ReadResponseSet(run.Out).Responses.Count);
    }

    [Theory]
    [InlineData("export-with-unknown-column.csv", "row 1, column \"favourite_colour\": not an item of safer-together 2.1.0, nor group or respondentId (to skip it, add --ignore-column \"favourite_colour\")")]
    [InlineData("export-with-out-of-range-value.csv", "row 3, column \"training.academy\": 9 is off the scale (0–4)")]
    [InlineData("export-with-unknown-group.csv", "row 2, column \"group\": 'captain' is not a group; use one of: executive, command-staff, first-line-supervisor, fto, line-officer, dispatcher, civilian")]
    [InlineData("empty.csv", "the file is empty; expected a CSV export with a header row.")]
    [InlineData("binary.csv", "this is not a text file (it contains binary data); expected a CSV export with a header row.")]
    [InlineData("no-such-file.csv", "no such file; expected a CSV export with a header row.")]
    public async Task Import_BadFile_ExitsWith2NamingThePlace_AndWritesNothing(string fixture, string expected)
    {
        var output = Output("responses.json");
        var path = CliRun.Fixture(fixture);

        var run = await CliRun.RunAsync("import", "--csv", path, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}: {expected}", run.Error.Split(Environment.NewLine));
        Assert.False(File.Exists(output));
        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public async Task Import_ReportsEveryBadCellAtOnce()
    {
        var csv = Output("many-errors.csv");
        File.WriteAllText(csv, "group,training.academy,training.fto\nline-officer,5,yes\nsergeant,2,1\n,3,3\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
        [
            $"{csv}: row 2, column \"training.academy\": 5 is off the scale (0–4)",
            $"{csv}: row 2, column \"training.fto\": 'yes' is not an answer: use 0–4, a level (Not in place, Initial, Developing, Established, Sustained), DK or NA",
            $"{csv}: row 3, column \"group\": 'sergeant' is not a group; use one of: executive, command-staff, first-line-supervisor, fto, line-officer, dispatcher, civilian",
            $"{csv}: row 4, column \"group\": the group is missing",
        ], run.Error.TrimEnd().Split(Environment.NewLine));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Import_NotApplicableWhereTheItemForbidsIt_IsRejected()
    {
        var csv = Output("na.csv");
        File.WriteAllText(csv, "group,officer-trust.listening-sessions\nline-officer,NA\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{csv}: row 2, column \"officer-trust.listening-sessions\": not applicable is not allowed for this item", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_QuestionTextHeaders_MatchItems()
    {
        var instrument = WellnessAssessment.Instruments.InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        var item = instrument.Items.First();
        var csv = Output("texts.csv");
        File.WriteAllText(csv, $"group,\"{item.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\r\nCivilian professional staff,Developing\r\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(0, run.ExitCode);
        var response = Assert.Single(WellnessJson.ReadResponseSet(run.Out).Responses);
        Assert.Equal("row-2", response.RespondentId);
        Assert.Equal("civilian", response.Group);
        Assert.Equal(Answer.Level(2), response.Answers[item.Id]);
    }

    [Fact]
    public async Task Import_QuotedFieldWithSeparatorsQuotesAndLineBreak_CountsRowsAsASpreadsheetDoes()
    {
        var path = CliRun.Fixture("export-quoted-comment-with-line-break-then-off-scale-value.csv");

        var run = await CliRun.RunAsync("import", "--csv", path, "--ignore-column", "comments");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{path}: row 3, column \"training.academy\": 9 is off the scale (0–4)", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_FormsExportWithEmailAndNameColumns_RefusesThemUntilIgnored()
    {
        var path = CliRun.Fixture("forms-export-with-email-and-name-columns.csv");

        var refused = await CliRun.RunAsync("import", "--csv", path);
        var ignored = await CliRun.RunAsync("import", "--csv", path, "--ignore-column", "Start time", "--ignore-column", "Email", "--ignore-column", "Name");

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(
        [
            $"{path}: row 1, column \"Start time\": not an item of safer-together 2.1.0, nor group or respondentId (to skip it, add --ignore-column \"Start time\")",
            $"{path}: row 1, column \"Email\": not an item of safer-together 2.1.0, nor group or respondentId (to skip it, add --ignore-column \"Email\")",
            $"{path}: row 1, column \"Name\": not an item of safer-together 2.1.0, nor group or respondentId (to skip it, add --ignore-column \"Name\")",
        ], refused.Error.TrimEnd().Split(Environment.NewLine));
        Assert.Equal(0, ignored.ExitCode);
        Assert.DoesNotContain("example.org", ignored.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Pat", ignored.Out, StringComparison.Ordinal);
        var response = Assert.Single(WellnessJson.ReadResponseSet(ignored.Out).Responses);
        Assert.Equal("1", response.RespondentId);
    }

    [Fact]
    public async Task Import_EmailAsRespondentId_IsRefused()
    {
        var csv = Output("emails.csv");
        File.WriteAllText(csv, "respondent,group,training.academy\npat@example.org,fto,3\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{csv}: row 2, column \"respondent\": looks like an email address; respondent ids must not identify people: use an opaque id, or skip the column with --ignore-column", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_RowWithMoreValuesThanTheHeader_IsRefused()
    {
        var csv = Output("shifted.csv");
        File.WriteAllText(csv, "group,training.academy\nfto,3,4\nfto,2,\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{csv}: row 2: 3 values but the header has 2 columns (is there an unquoted ',' in a value?)", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_HeaderWithoutRows_IsRefused()
    {
        var csv = Output("header-only.csv");
        File.WriteAllText(csv, "group,training.academy\r\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{csv}: there are no answer rows below the header", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_DuplicateRespondent_NamesBothRows()
    {
        var csv = Output("duplicate.csv");
        File.WriteAllText(csv, "respondentId,group,training.academy\nr1,fto,3\nr1,fto,2\n");

        var run = await CliRun.RunAsync("import", "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{csv}: row 3, column \"respondentId\": respondent 'r1' already answered in row 2", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_FromStandardInput_ThenScoreFromStandardInput_Pipes()
    {
        var csv = await File.ReadAllTextAsync(CliRun.Fixture("two-answers.csv"));

        var import = await CliRun.RunWithInputAsync(csv, "import", "--csv", "-");
        var score = await CliRun.RunWithInputAsync(import.Out, "score", "--responses", "-", "--purpose", "leadership-self-assessment", "--format", "text");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(0, score.ExitCode);
        Assert.StartsWith("Agency — safer-together 1.0.0 — 1 respondent\n", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EmptyStandardInput_Exits2()
    {
        var run = await CliRun.RunWithInputAsync(string.Empty, "import", "--csv", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("standard input: nothing was read; expected a CSV export with a header row.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_WithExistingOutputAndABadRow_LeavesTheOldFileUntouched()
    {
        var output = Output("responses.json");
        File.WriteAllText(output, "previous content");

        var run = await CliRun.RunAsync("import", "--csv", CliRun.Fixture("export-with-out-of-range-value.csv"), "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("previous content", File.ReadAllText(output));
        Assert.Single(_folder.GetFiles());
    }
}
