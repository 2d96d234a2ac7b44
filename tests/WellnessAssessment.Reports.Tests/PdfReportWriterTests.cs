using System.Diagnostics;
using UglyToad.PdfPig;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Reports.Tests;

public sealed class PdfReportWriterTests
{
    private static readonly ReportOptions Options = new();

    private static ReportContent Content(AssessmentResult result, WellnessAssessment.Instruments.Instrument? instrument = null, AssessmentResult? previous = null) =>
        new(result, instrument ?? ReportScenarios.SaferTogether) { CreatedAt = ReportScenarios.FixedDate, AssessmentPeriod = "Autumn 2026", Previous = previous };

    private static byte[] Render(AssessmentResult result, WellnessAssessment.Instruments.Instrument? instrument = null, ReportOptions? options = null, AssessmentResult? previous = null)
    {
        using var stream = new MemoryStream();
        new PdfReportWriter(options ?? Options).Write(Content(result, instrument, previous), stream);
        return stream.ToArray();
    }

    public static TheoryData<string> Examples => ["mid-size-agency.json", "small-agency-chief.json"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Report_HasEveryDomainTitleAgencyActionAndPageFooterAsText(string example)
    {
        var result = ReportScenarios.Example(example);

        using var document = PdfDocument.Open(Render(result));

        var text = PdfReader.Compact(document);
        Assert.Contains(PdfReader.Squeeze(result.Agency!.Name), text, StringComparison.Ordinal);
        Assert.All(result.Domains(), d => Assert.Contains(PdfReader.Squeeze(d.Title), text, StringComparison.Ordinal));
        Assert.All(result.ActionPlan, a => Assert.Contains(PdfReader.Squeeze(a.Action), text, StringComparison.Ordinal));
        var pages = document.NumberOfPages;
        Assert.All(document.GetPages(), page => Assert.Contains(PdfReader.Squeeze($"Page {page.Number} of {pages}"), PdfReader.Squeeze(string.Concat(page.Letters.Select(l => l.Value))), StringComparison.Ordinal));
        Assert.InRange(pages, 8, 40);
    }

    [Fact]
    public void Report_WritesMetadata()
    {
        using var document = PdfDocument.Open(Render(ReportScenarios.Example("mid-size-agency.json")));

        var info = document.Information;
        Assert.Equal("Organizational Wellness Action Plan — Riverside Police Department", info.Title);
        Assert.Equal("Riverside Police Department", info.Author);
        Assert.StartsWith("WellnessAssessment.Reports ", info.Creator, StringComparison.Ordinal);
        Assert.StartsWith("PDFsharp 6.2", info.Producer, StringComparison.Ordinal);
        Assert.Contains("Safer Together", info.Keywords, StringComparison.Ordinal);
        Assert.StartsWith("D:20261122120000", info.CreationDate, StringComparison.Ordinal);
    }

    public static TheoryData<string> LayoutCases => ["mid-size", "chief-alone", "stress", "no-respondents", "all-groups-suppressed", "second-instrument"];

    private static byte[] RenderScenario(string scenario) => scenario switch
    {
        "mid-size" => Render(ReportScenarios.Example("mid-size-agency.json")),
        "chief-alone" => Render(ReportScenarios.Example("small-agency-chief.json")),
        "stress" => Render(ReportScenarios.Stress().Result, ReportScenarios.Stress().Instrument),
        "all-groups-suppressed" => Render(ReportScenarios.AllGroupsSuppressed()),
        "second-instrument" => Render(ReportScenarios.SecondInstrumentResult(), ReportScenarios.SecondInstrument),
        _ => Render(ReportScenarios.NoRespondents()),
    };

    [Theory]
    [MemberData(nameof(LayoutCases))]
    public void Report_KeepsEveryGlyphInsideThePageAndNoLinesOverlap(string scenario)
    {
        var bytes = RenderScenario(scenario);

        using var document = PdfDocument.Open(bytes);
        foreach (var page in document.GetPages())
        {
            // A printer-safe area of half an inch on every side.
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.True(box.Left >= 36 && box.Right <= page.Width - 36 && box.Bottom >= 36 && box.Top <= page.Height - 36,
                    $"{scenario}, page {page.Number}: '{letter.Value}' at {box} is outside the margins");
            }

            var words = PdfReader.Words(page).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    var a = words[i].BoundingBox;
                    var b = words[j].BoundingBox;
                    var overlapX = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                    var overlapY = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                    Assert.False(overlapX > 0.5 && overlapY > 0.5, $"{scenario}, page {page.Number}: '{words[i].Text}' overlaps '{words[j].Text}'");
                }
            }
        }
    }

    [Fact]
    public void Report_StressCase_ListsEveryActionAndTheLongAccentedName()
    {
        var (instrument, result) = ReportScenarios.Stress();

        using var document = PdfDocument.Open(Render(result, instrument));

        var text = PdfReader.Compact(document);
        Assert.Equal(61, result.ActionPlan.Count);
        Assert.All(result.ActionPlan, a => Assert.Contains(PdfReader.Squeeze(a.Action), text, StringComparison.Ordinal));
        Assert.Contains("Añasco", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SameInputAndDate_GivesIdenticalBytes()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        Assert.Equal(Render(result), Render(result));
    }

    [Fact]
    public void Report_BadLogo_IsAValidationError_BeforeAnyByteIsWritten()
    {
        using var stream = new MemoryStream();
        var writer = new PdfReportWriter(Options with { Logo = "not an image"u8.ToArray() });

        var error = Assert.Throws<AssessmentValidationException>(() => writer.Write(Content(ReportScenarios.Example("small-agency-chief.json")), stream));

        Assert.StartsWith("The logo is not a PNG or JPEG image.", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Report_BadColour_IsAValidationError_BeforeAnyByteIsWritten()
    {
        using var stream = new MemoryStream();
        var writer = new PdfReportWriter(Options with { AccentColor = "navy" });

        var error = Assert.Throws<AssessmentValidationException>(() => writer.Write(Content(ReportScenarios.Example("small-agency-chief.json")), stream));

        Assert.StartsWith("The accent colour 'navy' is not a colour: use \"#RRGGBB\", for example \"#1F4E79\".", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("options.accentColor", error.Errors[0].Path);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Report_ResultOfAnotherInstrument_IsAValidationError()
    {
        using var stream = new MemoryStream();
        var result = ReportScenarios.Example("small-agency-chief.json") with { Instrument = new("other", "1.0.0") };

        var error = Assert.Throws<AssessmentValidationException>(() => new PdfReportWriter(Options).Write(Content(result), stream));

        Assert.StartsWith("The result is of other 1.0.0, but the instrument given is safer-together 1.0.0.", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Report_WithAnEarlierResult_HasATrendSection()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        using var document = PdfDocument.Open(Render(result, previous: ReportScenarios.Example("small-agency-chief.json")));

        Assert.Contains(PdfReader.Squeeze("Trend since the earlier assessment"), PdfReader.Compact(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithAPngLogo_EmbedsIt()
    {
        using var document = PdfDocument.Open(Render(ReportScenarios.Example("small-agency-chief.json"), options: Options with { Logo = ReportScenarios.BluePng }));

        Assert.NotEmpty(document.GetPage(1).GetImages());
    }

    [Theory]
    [MemberData(nameof(LayoutCases))]
    public void Report_PassesQpdfCheck(string scenario)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wellness-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, RenderScenario(scenario));
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--check", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            Assert.True(process.ExitCode == 0, output);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Report_EarlierResultOfAnotherInstrument_IsAValidationError_BeforeAnyByteIsWritten()
    {
        using var stream = new MemoryStream();
        var previous = ReportScenarios.Example("small-agency-chief.json") with { Instrument = new("other", "1.0.0") };

        var error = Assert.Throws<AssessmentValidationException>(() => new PdfReportWriter(Options).Write(Content(ReportScenarios.Example("mid-size-agency.json"), previous: previous), stream));

        Assert.StartsWith("The earlier result cannot be compared: ", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("previous", error.Errors[0].Path);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task WriteAsync_GivesTheSameBytesAsWrite()
    {
        var result = ReportScenarios.Example("small-agency-chief.json");
        using var stream = new MemoryStream();

        await new PdfReportWriter(Options).WriteAsync(Content(result), stream, CancellationToken.None);

        Assert.Equal(Render(result), stream.ToArray());
    }

    [Fact]
    public void Report_WithChosenSections_LeavesTheOthersOut()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        using var document = PdfDocument.Open(Render(result, options: Options with { Sections = ReportSections.ActionPlan }));

        var text = PdfReader.Compact(document);
        Assert.Contains(PdfReader.Squeeze("Action plan"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfReader.Squeeze("Executive summary"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfReader.Squeeze("Perception gaps"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(PdfReader.Squeeze("Method and privacy"), text, StringComparison.Ordinal);
        Assert.All(result.ActionPlan, a => Assert.Contains(PdfReader.Squeeze(a.Action), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_WhenEveryGroupIsSuppressed_SaysSoWithoutGapFigures()
    {
        var result = ReportScenarios.AllGroupsSuppressed();
        Assert.All(result.Domains(), d => Assert.Null(d.PerceptionGap.Gap));

        using var document = PdfDocument.Open(Render(result));

        var gapPage = document.GetPages().Single(p => PdfReader.Squeeze(p.Text).Contains("Perceptiongaps:leadership", StringComparison.Ordinal));
        var text = PdfReader.Squeeze(gapPage.Text);
        Assert.Contains(PdfReader.Squeeze("No leadership–frontline comparison can be shown for this assessment."), text, StringComparison.Ordinal);
        Assert.Contains(PdfReader.Squeeze("a pool had fewer than 5 respondents"), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Frontline", gapPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HasTheCoverFiguresAndOneDomainSectionPerDomain()
    {
        var result = ReportScenarios.Example("mid-size-agency.json");

        using var document = PdfDocument.Open(Render(result));

        var cover = PdfReader.Squeeze(document.GetPage(1).Text);
        Assert.Contains("RiversidePoliceDepartment", cover, StringComparison.Ordinal);
        Assert.Contains("51.0", cover, StringComparison.Ordinal);
        Assert.Contains("Developing", cover, StringComparison.Ordinal);
        Assert.Contains("Autumn2026", cover, StringComparison.Ordinal);
        Assert.Contains("November22,2026", cover, StringComparison.Ordinal);
        Assert.Contains("Respondents120", cover, StringComparison.Ordinal);
        var text = PdfReader.Compact(document);
        Assert.All(result.Domains(), d => Assert.Contains(PdfReader.Squeeze($"Score {ReportFormat(d.Score)} ({d.Band}) · n = {d.N}"), text, StringComparison.Ordinal));
    }

    private static string ReportFormat(double? score) => score!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
