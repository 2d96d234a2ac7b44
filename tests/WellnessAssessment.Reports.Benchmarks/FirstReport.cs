using System.Diagnostics;
using WellnessAssessment.Instruments;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;

namespace WellnessAssessment.Reports.Benchmarks;

/// <summary>
/// The cold path, once, in this fresh process: read a response set, score it, write the PDF (and the HTML beside it).
/// <c>dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll first-report RESPONSES.json OUT.pdf</c>
/// </summary>
internal static class FirstReport
{
    public static int Run(string responsesPath, string pdfPath)
    {
        var clock = Stopwatch.StartNew();
        var instrument = InstrumentCatalog.BuiltIn.Find("safer-together", "1.0.0")!;
        AssessmentResult result;
        using (var input = File.OpenRead(responsesPath))
        {
            result = new AssessmentScorer().Score(instrument, WellnessJson.ReadResponseSet(input));
        }

        var scored = clock.Elapsed;
        var content = new ReportContent(result, instrument) { CreatedAt = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), AssessmentPeriod = "Spring 2026" };
        using (var output = File.Create(pdfPath))
        {
            new PdfReportWriter().Write(content, output);
        }

        var rendered = clock.Elapsed;
        using (var html = File.Create(Path.ChangeExtension(pdfPath, ".html")))
        {
            new HtmlReportWriter().Write(content, html);
        }

        Console.WriteLine($"read + score {scored.TotalMilliseconds:0} ms; first PDF {(rendered - scored).TotalMilliseconds:0} ms; {new FileInfo(pdfPath).Length:N0} bytes -> {pdfPath}");
        return 0;
    }
}
