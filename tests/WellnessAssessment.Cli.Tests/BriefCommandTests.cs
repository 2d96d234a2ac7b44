using UglyToad.PdfPig;

namespace WellnessAssessment.Cli.Tests;

public sealed class BriefCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("wellness-brief-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Brief_WithChosenFocusAreas_WritesATwoPagePdf_NamingThemOnTheFirstPage()
    {
        var pdf = Path.Combine(_folder.FullName, "brief.pdf");

        var run = await CliRun.RunAsync("brief", "--responses", CliRun.Example("small-agency.v2.json"), "--focus", "wellness-supports, training", "-o", pdf, "--date", "2026-11-22T12:00:00Z");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {pdf}.", run.Error.TrimEnd());
        using var document = PdfDocument.Open(File.ReadAllBytes(pdf));
        Assert.InRange(document.NumberOfPages, 1, 2);
        var first = string.Concat(document.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("Focusareas", first, StringComparison.Ordinal);
        Assert.DoesNotContain("suggested", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Wellnessservicesandsupports", StringComparison.Ordinal) is var supports and >= 0 && supports < first.IndexOf("Training", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_Html_GoesToStandardOutput()
    {
        var run = await CliRun.RunAsync("brief", "--responses", CliRun.Example("mid-size-agency.json"), "--format", "html", "-o", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", run.Out, StringComparison.Ordinal);
        Assert.Contains("Focus areas (suggested from the plan&#39;s priorities)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("training,nope", "--focus: focusAreas[1]: 'nope' is not a domain of safer-together 2.0.0; its domains are training, ")]
    [InlineData("training,training", "--focus: focusAreas[1]: 'training' is given twice; each focus area is a different domain.")]
    [InlineData("training,plan-early,reflect-assess,physical-health", "--focus: focusAreas: Choose one to three focus areas (domain ids of safer-together 2.0.0, for example 'training'); 4 were given.")]
    [InlineData(",", "--focus: focusAreas: Choose one to three focus areas")]
    public async Task Brief_BadFocusAreas_Exit2NamingThePlace_AndWriteNothing(string focus, string expected)
    {
        var pdf = Path.Combine(_folder.FullName, "brief.pdf");

        var run = await CliRun.RunAsync("brief", "--responses", CliRun.Example("small-agency.v2.json"), "--focus", focus, "-o", pdf);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles());
    }

    [Fact]
    public async Task Brief_PdfToStandardOutput_OrAnUnknownFormat_Exits2()
    {
        var stdout = await CliRun.RunAsync("brief", "--responses", CliRun.Example("mid-size-agency.json"), "-o", "-");
        var format = await CliRun.RunAsync("brief", "--responses", CliRun.Example("mid-size-agency.json"), "--format", "docx", "-o", Path.Combine(_folder.FullName, "brief.docx"));

        Assert.Equal(2, stdout.ExitCode);
        Assert.Equal("--output: a PDF cannot go to standard output; give a file name such as brief.pdf.", stdout.Error.TrimEnd());
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("docx", format.Error, StringComparison.Ordinal);
        Assert.Empty(_folder.GetFiles());
    }
}
