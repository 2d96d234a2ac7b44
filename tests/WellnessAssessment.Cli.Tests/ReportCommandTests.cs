namespace WellnessAssessment.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-report-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Report_WritesThePdfAndTheAccessibleHtml()
    {
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");
        var html = Path.Combine(_folder.FullName, "plan.html");

        var run = await CliRun.RunAsync("report", "--responses", CliRun.Example("mid-size-agency.json"), "-o", pdf, "--html", html, "--accent", "#7A1F3D", "--period", "Spring 2026");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf)[..5]);
        Assert.StartsWith("<!doctype html>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadColourOrLogo_Exits2AndWritesNothing()
    {
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");

        var colour = await CliRun.RunAsync("report", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", pdf, "--accent", "blue");
        var logo = await CliRun.RunAsync("report", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", pdf, "--logo", CliRun.Fixture("binary.csv"));

        Assert.Equal(2, colour.ExitCode);
        Assert.Equal("report: The accent colour 'blue' is not a colour: use \"#RRGGBB\", for example \"#1F4E79\".", colour.Error.TrimEnd());
        Assert.Equal(2, logo.ExitCode);
        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public async Task Report_ToStandardOutput_IsRefused()
    {
        var run = await CliRun.RunAsync("report", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--output: a PDF cannot go to standard output; give a file name such as action-plan.pdf.", run.Error.TrimEnd());
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public async Task Report_WithPrevious_WritesThePdf()
    {
        var previous = Path.Combine(_folder.FullName, "previous.json");
        var pdf = Path.Combine(_folder.FullName, "plan.pdf");
        await CliRun.RunAsync("score", "--responses", CliRun.Example("small-agency-chief.json"), "--purpose", "leadership-self-assessment", "-o", previous);

        var run = await CliRun.RunAsync("report", "--responses", CliRun.Example("mid-size-agency.json"), "--previous", previous, "-o", pdf);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {pdf}.", run.Error.TrimEnd());
        Assert.True(new FileInfo(pdf).Length > 10_000);
    }
}
