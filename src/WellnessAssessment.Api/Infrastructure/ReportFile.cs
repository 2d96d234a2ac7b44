using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>A report written by the Reports library (PDF, or the accessible HTML alternative) as a file response.</summary>
internal static class ReportFile
{
    public static FileContentHttpResult Pdf(ReportOptions options, AssessmentResult result, Instrument instrument, AssessmentResult? previous, string fileName, ActionTracking? tracking = null)
    {
        var writer = new PdfReportWriter(options);
        return Create(stream => writer.Write(new ReportContent(result, instrument) { Previous = ComparableEarlier(previous, result), Tracking = tracking }, stream), "application/pdf", fileName);
    }

    public static FileContentHttpResult Html(HttpResponse response, ReportOptions options, AssessmentResult result, Instrument instrument, AssessmentResult? previous, ActionTracking? tracking = null)
    {
        // The page is self-contained: no scripts, no external requests, even if some agency-supplied text slipped through.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        var writer = new HtmlReportWriter(options);
        return Create(stream => writer.Write(new ReportContent(result, instrument) { Previous = ComparableEarlier(previous, result), Tracking = tracking }, stream), "text/html; charset=utf-8", null);
    }

    /// <summary>An earlier result only when it is of exactly the same instrument version, which the report's trend section needs.</summary>
    private static AssessmentResult? ComparableEarlier(AssessmentResult? previous, AssessmentResult current) =>
        previous is not null && previous.Instrument == current.Instrument ? previous : null;

    private static FileContentHttpResult Create(Action<Stream> write, string contentType, string? fileName)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return TypedResults.File(buffer.ToArray(), contentType, fileName);
    }
}
