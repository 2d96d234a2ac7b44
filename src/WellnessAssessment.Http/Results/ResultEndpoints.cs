using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Results;

namespace WellnessAssessment.Http.Results;

/// <summary>A cycle's results, report and brief (agency key): <c>/api/agencies/{agencyId}/assessments/{assessmentId}/…</c>.</summary>
public static class ResultEndpoints
{
    /// <summary><c>GET …/{assessmentId}/results</c>: the scored result with its trend, 404, 409 (not released yet).</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetResults(string agencyId, string assessmentId, HttpContext http, ResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        return OutcomeResults.ToResult(await results.GetResultsAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/{assessmentId}/results/view</c>: short titles, gap notes and the heat map of the result, 404, 409 (not released yet).</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetResultView(string agencyId, string assessmentId, HttpContext http, ResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        return OutcomeResults.ToResult(await results.GetViewAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/{assessmentId}/report.pdf</c>: the PDF report, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> GetPdfReport(string agencyId, string assessmentId, HttpContext http, ResultsService results, CancellationToken cancellationToken) =>
        ReportAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), ReportFormat.Pdf, results, cancellationToken);

    /// <summary><c>GET …/{assessmentId}/report.html</c>: the HTML report, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static Task<IResult> GetHtmlReport(string agencyId, string assessmentId, HttpContext http, ResultsService results, CancellationToken cancellationToken) =>
        ReportAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), ReportFormat.Html, results, cancellationToken);

    /// <summary><c>GET …/{assessmentId}/brief.pdf?focusAreas=…</c>: the executive brief as a tagged PDF, 400 naming <c>focusAreas[i]</c>, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="focusAreas">The query's focus areas (domain ids, most important first), or none for the default.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    public static Task<IResult> GetBriefPdf(string agencyId, string assessmentId, string[]? focusAreas, HttpContext http, ResultsService results)
    {
        ArgumentNullException.ThrowIfNull(http);
        return BriefAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), ReportFormat.Pdf, focusAreas, results, http.RequestAborted);
    }

    /// <summary><c>GET …/{assessmentId}/brief.html?focusAreas=…</c>: the executive brief as accessible HTML, 400, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="focusAreas">The query's focus areas (domain ids, most important first), or none for the default.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="results">The results service.</param>
    public static Task<IResult> GetBriefHtml(string agencyId, string assessmentId, string[]? focusAreas, HttpContext http, ResultsService results)
    {
        ArgumentNullException.ThrowIfNull(http);
        return BriefAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), ReportFormat.Html, focusAreas, results, http.RequestAborted);
    }

    private static async Task<IResult> ReportAsync(Service.Cycles.CycleRequest request, ReportFormat format, ResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ReportResults.ToResult(await results.GetReportAsync(request, format, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> BriefAsync(Service.Cycles.CycleRequest request, ReportFormat format, string[]? focusAreas, ResultsService results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ReportResults.ToResult(await results.GetBriefAsync(request, format, focusAreas, cancellationToken).ConfigureAwait(false));
    }
}
