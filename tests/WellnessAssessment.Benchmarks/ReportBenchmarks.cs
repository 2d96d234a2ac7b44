using BenchmarkDotNet.Attributes;
using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Tests.Fixtures;

namespace WellnessAssessment.Benchmarks;

/// <summary>The full PDF and HTML reports for the mid-size example (120 respondents), warm.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Instrument _instrument = null!;
    private AssessmentResult _result = null!;
    private ReportContent _content = null!;
    private PdfReportWriter _pdf = null!;
    private HtmlReportWriter _html = null!;

    [GlobalSetup]
    public void Setup()
    {
        _instrument = InstrumentCatalog.BuiltIn.Find("safer-together")!;
        _result = new AssessmentScorer().Score(_instrument, ExampleResponseSets.MidSizeAgency(_instrument));
        _content = new ReportContent(_result, _instrument) { CreatedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero) };
        var options = new ReportOptions();
        _pdf = new PdfReportWriter(options);
        _html = new HtmlReportWriter(options);
        using var size = new MemoryStream();
        _pdf.Write(_content, size);
        Console.WriteLine($"// PDF size for the mid-size example: {size.Length:N0} bytes");
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
}
