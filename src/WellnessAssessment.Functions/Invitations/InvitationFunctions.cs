using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Invitations;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Invitations;

namespace WellnessAssessment.Functions.Invitations;

/// <summary>A cycle's invitation codes (agency key): issue, count, sheet, CSV; the shared <see cref="InvitationEndpoints"/>.</summary>
public sealed class InvitationFunctions(InvitationService invitations)
{
    private const string Invitations = "api/agencies/{agencyId}/assessments/{assessmentId}/invitations";

    /// <summary><c>POST /api/agencies/{agencyId}/assessments/{assessmentId}/invitations</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("IssueInvitationCodes")]
    public Task<IResult> IssueInvitationCodes([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Invitations)] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => InvitationEndpoints.IssueInvitationCodes(agencyId, assessmentId, http, invitations, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/invitations</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetInvitationStatus")]
    public Task<IResult> GetInvitationStatus([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Invitations)] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => InvitationEndpoints.GetInvitationStatus(agencyId, assessmentId, http, invitations, cancellationToken));

    /// <summary><c>POST /api/agencies/{agencyId}/assessments/{assessmentId}/invitations/sheet.pdf</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetInvitationSheet")]
    public Task<IResult> GetInvitationSheet([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Invitations + "/sheet.pdf")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => InvitationEndpoints.GetInvitationSheet(agencyId, assessmentId, http, invitations, cancellationToken));

    /// <summary><c>POST /api/agencies/{agencyId}/assessments/{assessmentId}/invitations/sheet.csv</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetInvitationCsv")]
    public Task<IResult> GetInvitationCsv([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Invitations + "/sheet.csv")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => InvitationEndpoints.GetInvitationCsv(agencyId, assessmentId, http, invitations, cancellationToken));
}
