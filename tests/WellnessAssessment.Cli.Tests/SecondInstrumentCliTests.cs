using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Cli.Tests;

/// <summary>The CLI with an instrument unlike the built-in one and options unlike the defaults, and reports that are the same bytes in every process.</summary>
public sealed partial class SecondInstrumentCliTests : IDisposable
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "wellness.dll");
    private static readonly string Instrument = Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.instrument.json");
    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "second-instrument", "dispatch-pulse.responses.json");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-second-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static (int ExitCode, string Error) RunProcess(params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [Tool, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static string Squeeze(string text) => WhiteSpace().Replace(text, string.Empty);

    [Fact]
    public void Report_OfTheSecondInstrumentWithGapThreshold20_NamesItsSectionsAnd20Points_AndNoBuiltInWording()
    {
        var pdf = Path.Combine(_folder.FullName, "pulse.pdf");
        var html = Path.Combine(_folder.FullName, "pulse.html");

        var run = RunProcess("report", "--instrument", Instrument, "--responses", Responses, "--gap-threshold", "20", "-o", pdf, "--html", html);

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = PdfDocument.Open(pdf);
        var pdfText = Squeeze(string.Concat(document.GetPages().Select(page => string.Concat(page.Letters.Select(letter => letter.Value)))));
        var htmlText = Squeeze(WebUtility.HtmlDecode(Tag().Replace(File.ReadAllText(html), " ")));
        foreach (var text in new[] { pdfText, htmlText })
        {
            Assert.Contains("Restandrecovery", text, StringComparison.Ordinal);
            Assert.Contains("Teamclimate", text, StringComparison.Ordinal);
            Assert.Contains("Recoveryhabitsonthefloor", text, StringComparison.Ordinal);
            Assert.Contains("20points", text, StringComparison.Ordinal);
            Assert.DoesNotContain("15points", text, StringComparison.Ordinal);
            Assert.DoesNotContain("buy-in", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("crisis", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SaferTogether", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Report_InTwoProcesses_GivesByteIdenticalPdfAndHtml()
    {
        var runs = new[] { "first", "second" }.Select(name =>
        {
            var pdf = Path.Combine(_folder.FullName, name + ".pdf");
            var html = Path.Combine(_folder.FullName, name + ".html");
            var run = RunProcess("report", "--responses", Path.Combine(AppContext.BaseDirectory, "assessments", "examples", "mid-size-agency.json"), "-o", pdf, "--html", html, "--date", "2026-11-22T12:00:00Z");
            Assert.True(run.ExitCode == 0, run.Error);
            return (Pdf: File.ReadAllBytes(pdf), Html: File.ReadAllBytes(html));
        }).ToList();

        Assert.True(runs[0].Pdf.Length > 10_000);
        Assert.Contains("id=\"chart-1\"", Encoding.UTF8.GetString(runs[0].Html), StringComparison.Ordinal);
        Assert.Equal(runs[0].Pdf, runs[1].Pdf);
        Assert.Equal(runs[0].Html, runs[1].Html);
    }

    [Fact]
    public async Task Score_Text_OfTheSecondInstrument_ShowsItsTitlesAndTheOptionsGiven()
    {
        var run = await CliRun.RunAsync("score", "-i", Instrument, "-r", Responses, "-f", "text", "--gap-threshold", "20", "--band-edges", "25,45,65,85.5", "--strength-threshold", "75", "--action-threshold", "65");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Harbor County Emergency Communications Center — dispatch-pulse 0.3.0 — 18 respondents\nInstrument: Dispatch Floor Pulse Check\nAnswers supplied directly.\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("Options: groups of at least 5 shown; coverage 0.5; gaps flagged at 20 points; actions below 65 or 25% don't know; strengths from 75; bands from 25/45/65/85.5", run.Out, StringComparison.Ordinal);
        Assert.Contains("REST AND RECOVERY", run.Out, StringComparison.Ordinal);
        Assert.Contains("  Feedback from floor leads that helps me improve my call… ", run.Out, StringComparison.Ordinal);
        Assert.Contains("No flagged perception gaps (20 points or more).", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_EveryCallerSettableOption_ReachesTheResult()
    {
        var run = await CliRun.RunAsync(
            "score", "-i", Instrument, "-r", Responses, "--min-group-size", "4", "--min-coverage", "0.75", "--gap-threshold", "20", "--action-threshold", "65",
            "--awareness-threshold", "0.3", "--strength-threshold", "75", "--low-consensus-threshold", "0.4", "--band-edges", "25,45,65,85");

        Assert.Equal(0, run.ExitCode);
        var options = WellnessJson.ReadResult(run.Out).Options;
        Assert.Equal(WellnessAssessment.Results.AnswerOrigin.Supplied, WellnessJson.ReadResult(run.Out).Origin);
        Assert.Equal("supplied", System.Text.Json.Nodes.JsonNode.Parse(run.Out)!["origin"]!.GetValue<string>());
        Assert.Equal(
            (4, 0.75, 20d, 65d, 0.3, 75d, 0.4, new WellnessAssessment.Scoring.BandEdges(25, 45, 65, 85), 10),
            (options.MinimumGroupSize, options.MinimumCoverage, options.GapThreshold, options.ActionScoreThreshold, options.AwarenessGapThreshold,
                options.StrengthThreshold, options.LowConsensusThreshold, options.BandEdges, options.MinimumAlphaRespondents));
    }

    [Theory]
    [InlineData("20,40,60", "--band-edges: '20,40,60' has 3 numbers; give four increasing numbers such as 20,40,60,80.")]
    [InlineData("20,forty,60,80", "--band-edges: 'forty' is not a number; give four increasing numbers such as 20,40,60,80.")]
    [InlineData("50,40,60,80", "--band-edges: must increase strictly and lie strictly between 0 and 100 (emerging < developing < established < leading)")]
    public async Task Score_BadBandEdges_Exits2NamingTheFlag(string edges, string message)
    {
        var run = await CliRun.RunAsync("score", "-i", Instrument, "-r", Responses, "--band-edges", edges);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.TrimEnd());
    }

    [Fact]
    public async Task Report_OptionOutOfRange_Exits2NamingTheFlag_AndTheAlphaMinimumIsNoOption()
    {
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");

        var groups = await CliRun.RunAsync("report", "-i", Instrument, "-r", Responses, "-o", pdf, "--min-group-size", "2");
        var alpha = await CliRun.RunAsync("report", "-i", Instrument, "-r", Responses, "-o", pdf, "--min-alpha-respondents", "5");

        Assert.Equal(2, groups.ExitCode);
        Assert.Equal("--min-group-size: must be at least 3, so that no group of one or two respondents is ever reported", groups.Error.TrimEnd());
        Assert.NotEqual(0, alpha.ExitCode);
        Assert.Contains("Unrecognized command or argument '--min-alpha-respondents'", alpha.Error, StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles());
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
