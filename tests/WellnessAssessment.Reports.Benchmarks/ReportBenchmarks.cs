using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Reports.Benchmarks;

/// <summary>
/// The full PDF and HTML reports and the executive brief for the mid-size example (120 respondents), warm; the sizes
/// are printed once.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Instrument _instrument = null!;
    private AssessmentResult _result = null!;
    private ReportContent _content = null!;
    private PdfReportWriter _pdf = null!;
    private HtmlReportWriter _html = null!;
    private ExecutiveBriefWriter _brief = null!;

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        _result = new AssessmentScorer().Score(_instrument, ExampleResponseSets.MidSizeAgency(_instrument));
        _content = new ReportContent(_result, _instrument) { CreatedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), AssessmentPeriod = "Spring 2026" };
        var options = new ReportOptions();
        _pdf = new PdfReportWriter(options);
        _html = new HtmlReportWriter(options);
        _brief = new ExecutiveBriefWriter(options);
        using var pdf = new MemoryStream();
        _pdf.Write(_content, pdf);
        using var html = new MemoryStream();
        _html.Write(_content, html);
        using var brief = new MemoryStream();
        _brief.WritePdf(_content, brief);
        using var briefHtml = new MemoryStream();
        _brief.WriteHtml(_content, briefHtml);
        Console.WriteLine($"// Mid-size example: PDF {pdf.Length:N0} bytes, HTML {html.Length:N0} bytes, brief PDF {brief.Length:N0} bytes, brief HTML {briefHtml.Length:N0} bytes");
    }

    [Benchmark(Description = "PDF report, mid-size example")]
    public long Pdf()
    {
        using var stream = new MemoryStream();
        _pdf.Write(_content, stream);
        return stream.Length;
    }

    [Benchmark(Description = "HTML report, mid-size example")]
    public long Html()
    {
        using var stream = new MemoryStream();
        _html.Write(_content, stream);
        return stream.Length;
    }

    [Benchmark(Description = "Executive brief PDF, mid-size example")]
    public long BriefPdf()
    {
        using var stream = new MemoryStream();
        _brief.WritePdf(_content, stream);
        return stream.Length;
    }

    [Benchmark(Description = "Executive brief HTML, mid-size example")]
    public long BriefHtml()
    {
        using var stream = new MemoryStream();
        _brief.WriteHtml(_content, stream);
        return stream.Length;
    }
}
