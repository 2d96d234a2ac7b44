using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Cycles;

namespace WellnessAssessment.Functions.Cycles;

/// <summary>An agency's cycles (agency key): open, list, get, headcounts, import, close, purge; the shared <see cref="CycleEndpoints"/>.</summary>
public sealed class CycleFunctions(CycleService cycles, FocusAreaService focusAreas)
{
    private const string Cycles = "api/agencies/{agencyId}/assessments";
    private const string Cycle = Cycles + "/{assessmentId}";

    /// <summary><c>POST /api/agencies/{agencyId}/assessments</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("CreateAssessment")]
    public Task<IResult> CreateAssessment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cycles)] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.CreateAssessment(agencyId, http, cycles, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("ListAssessments")]
    public Task<IResult> ListAssessments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycles)] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.ListAssessments(agencyId, http, cycles, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetAssessment")]
    public Task<IResult> GetAssessment([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle)] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.GetAssessment(agencyId, assessmentId, http, cycles, cancellationToken));

    /// <summary><c>PUT /api/agencies/{agencyId}/assessments/{assessmentId}/headcounts</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("SetHeadcounts")]
    public Task<IResult> SetHeadcounts([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Cycle + "/headcounts")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.SetHeadcounts(agencyId, assessmentId, http, cycles, cancellationToken));

    /// <summary><c>PUT /api/agencies/{agencyId}/assessments/{assessmentId}/focus-areas</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("SetFocusAreas")]
    public Task<IResult> SetFocusAreas([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Cycle + "/focus-areas")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => FocusAreaEndpoints.SetFocusAreas(agencyId, assessmentId, http, focusAreas, cancellationToken));

    /// <summary><c>POST /api/agencies/{agencyId}/assessments/{assessmentId}/responses/import</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("ImportResponses")]
    public Task<IResult> ImportResponses([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cycle + "/responses/import")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.ImportResponses(agencyId, assessmentId, http, cycles, cancellationToken));

    /// <summary><c>POST /api/agencies/{agencyId}/assessments/{assessmentId}/close</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("CloseAssessment")]
    public Task<IResult> CloseAssessment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Cycle + "/close")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.CloseAssessment(agencyId, assessmentId, http, cycles, cancellationToken));

    /// <summary><c>DELETE /api/agencies/{agencyId}/assessments/{assessmentId}/responses</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("PurgeResponses")]
    public Task<IResult> PurgeResponses([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Cycle + "/responses")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => CycleEndpoints.PurgeResponses(agencyId, assessmentId, http, cycles, cancellationToken));
}
