using System.Text.Json;
using UglyToad.PdfPig;

namespace WellnessAssessment.Cli.Tests;

/// <summary><c>--headcounts</c> on <c>score</c> and <c>report</c>: participation rates for consultants.</summary>
public sealed class HeadcountsOptionTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-headcounts-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Score_WithHeadcounts_AddsParticipationToTheResult()
    {
        // mid-size-agency.json: 120 respondents, 60 of them line officers, 14 dispatchers.
        var headcounts = Write("headcounts.json", """{ "total": 160, "groups": { "line-officer": 58, "dispatcher": 20 } }""");

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--headcounts", headcounts);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var participation = json.RootElement.GetProperty("participation");
        Assert.Equal((160, 120, 0.75), (participation.GetProperty("headcount").GetInt32(), participation.GetProperty("respondents").GetInt32(), participation.GetProperty("rate").GetDouble()));
        var line = participation.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("id").GetString() == "line-officer");
        Assert.Equal((1.0345, true), (line.GetProperty("rate").GetDouble(), line.GetProperty("overHeadcount").GetBoolean()));
    }

    [Fact]
    public async Task Score_TextWithHeadcounts_PrintsParticipationByGroup()
    {
        var headcounts = Write("headcounts.json", """{ "groups": { "line-officer": 58, "dispatcher": 20 } }""");

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--headcounts", headcounts, "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Participation: 120 of — staff (—)", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Line officers and deputies              58          60   103%  more responses than staff", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Dispatchers                             20          14    70%", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithHeadcounts_StatesTheRateBesideTheRespondentCount()
    {
        var headcounts = Write("headcounts.json", """{ "total": 160 }""");
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");

        var run = await CliRun.RunAsync("report", "--responses", CliRun.Example("mid-size-agency.json"), "--headcounts", headcounts, "-o", pdf);

        Assert.Equal(0, run.ExitCode);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().SelectMany(page => page.Letters).Select(l => l.Value).Where(v => !string.IsNullOrWhiteSpace(v)));
        Assert.Contains("Respondents120(75%of160staff)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_HeadcountsOfAnUnknownGroup_Exits2NamingTheFileAndTheField()
    {
        var headcounts = Write("headcounts.json", """{ "groups": { "patrol": 40 } }""");

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--headcounts", headcounts);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{headcounts}: groups.patrol: is not a respondent group of safer-together 1.0.0 (groups: executive, ", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Score_HeadcountsThatAreNotJson_Exits2NamingTheFile()
    {
        var headcounts = Write("headcounts.json", "line-officer,40");

        var run = await CliRun.RunAsync("score", "--responses", CliRun.Example("mid-size-agency.json"), "--headcounts", headcounts);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{headcounts}: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
