using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Results;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Results;

namespace WellnessAssessment.Functions.Results;

/// <summary>A cycle's results, report and executive brief (agency key); the shared <see cref="ResultEndpoints"/>.</summary>
public sealed class ResultFunctions(ResultsService results)
{
    private const string Cycle = "api/agencies/{agencyId}/assessments/{assessmentId}";

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/results</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetResults")]
    public Task<IResult> GetResults([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/results")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => ResultEndpoints.GetResults(agencyId, assessmentId, http, results, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/results/view</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetResultView")]
    public Task<IResult> GetResultView([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/results/view")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => ResultEndpoints.GetResultView(agencyId, assessmentId, http, results, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/report.pdf</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetPdfReport")]
    public Task<IResult> GetPdfReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/report.pdf")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => ResultEndpoints.GetPdfReport(agencyId, assessmentId, http, results, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/report.html</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetHtmlReport")]
    public Task<IResult> GetHtmlReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/report.html")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => ResultEndpoints.GetHtmlReport(agencyId, assessmentId, http, results, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/brief.pdf?focusAreas=…</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetBriefPdf")]
    public Task<IResult> GetBriefPdf([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/brief.pdf")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, _) => ResultEndpoints.GetBriefPdf(agencyId, assessmentId, FocusAreasOf(http), http, results));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/brief.html?focusAreas=…</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetBriefHtml")]
    public Task<IResult> GetBriefHtml([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/brief.html")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, _) => ResultEndpoints.GetBriefHtml(agencyId, assessmentId, FocusAreasOf(http), http, results));

    /// <summary>The repeated query <c>focusAreas</c>, as the ASP.NET Core host binds it (none: <see langword="null"/>).</summary>
    private static string[]? FocusAreasOf(HttpContext http) =>
        http.Request.Query.TryGetValue("focusAreas", out var values) ? [.. values.Select(value => value ?? string.Empty)] : null;
}
