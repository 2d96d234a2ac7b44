using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Register;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Register;

namespace WellnessAssessment.Functions.Register;

/// <summary>An agency's action register (agency key): list, adopt, get, edit, export, progress; the shared <see cref="RegisterEndpoints"/>.</summary>
public sealed class RegisterFunctions(RegisterService register)
{
    private const string Register = "api/agencies/{agencyId}/register";
    private const string Action = Register + "/actions/{actionId}";

    /// <summary><c>GET /api/agencies/{agencyId}/register</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("ListActions")]
    public Task<IResult> ListActions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Register)] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.ListActions(agencyId, http, register, cancellationToken));

    /// <summary><c>POST /api/agencies/{agencyId}/register/adopt</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("AdoptActions")]
    public Task<IResult> AdoptActions([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Register + "/adopt")] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.AdoptActions(agencyId, http, register, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/register/actions/{actionId}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="actionId">The route's action.</param>
    [Function("GetAction")]
    public Task<IResult> GetAction([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Action)] HttpRequest request, string agencyId, string actionId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.GetAction(agencyId, actionId, http, register, cancellationToken));

    /// <summary><c>PUT /api/agencies/{agencyId}/register/actions/{actionId}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="actionId">The route's action.</param>
    [Function("UpdateAction")]
    public Task<IResult> UpdateAction([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Action)] HttpRequest request, string agencyId, string actionId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.UpdateAction(agencyId, actionId, http, register, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/register/export.csv</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("ExportRegisterCsv")]
    public Task<IResult> ExportRegisterCsv([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Register + "/export.csv")] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.ExportRegisterCsv(agencyId, http, register, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/register/export.ics</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("ExportRegisterCalendar")]
    public Task<IResult> ExportRegisterCalendar([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Register + "/export.ics")] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.ExportRegisterCalendar(agencyId, http, register, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/register/progress/{assessmentId}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's (later) cycle.</param>
    [Function("GetProgress")]
    public Task<IResult> GetProgress([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Register + "/progress/{assessmentId}")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => RegisterEndpoints.GetProgress(agencyId, assessmentId, http, register, cancellationToken));
}
