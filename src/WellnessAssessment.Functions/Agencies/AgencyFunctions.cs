using Microsoft.Extensions.Options;
using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Agencies;
using WellnessAssessment.Http.Audit;
using WellnessAssessment.Service;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Agencies;
using WellnessAssessment.Service.Audit;

namespace WellnessAssessment.Functions.Agencies;

/// <summary>
/// <c>POST /api/agencies</c> (admin key), <c>POST /api/agencies/{agencyId}/key</c> (agency or admin key) and
/// <c>GET /api/agencies/{agencyId}/audit</c> (agency key): the key check (<see cref="KeyAuthorization"/>), then the shared
/// endpoints (<see cref="AgencyEndpoints"/>, <see cref="AuditEndpoints"/>).
/// </summary>
public sealed class AgencyFunctions(AgencyService agencies, AuditService audit, IOptions<WellnessApiOptions> options)
{
    /// <summary><c>POST /api/agencies</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("CreateAgency")]
    public async Task<IResult> CreateAgency([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/agencies")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await KeyAuthorization.AuthorizeAsync(request.HttpContext, KeyRequirement.AdminKey, null).ConfigureAwait(false)
            ?? await AgencyEndpoints.CreateAgency(request, agencies, options, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary><c>POST /api/agencies/{agencyId}/key</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("RotateAgencyKey")]
    public async Task<IResult> RotateAgencyKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/agencies/{agencyId}/key")] HttpRequest request, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await KeyAuthorization.AuthorizeAsync(request.HttpContext, KeyRequirement.AgencyOrAdminKey, agencyId).ConfigureAwait(false)
            ?? await AgencyEndpoints.RotateKey(agencyId, request.HttpContext, agencies, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <summary><c>GET /api/agencies/{agencyId}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("GetAgency")]
    public Task<IResult> GetAgency([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/agencies/{agencyId}")] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (_, cancellationToken) => AgencyProfileEndpoints.GetAgency(agencyId, agencies, cancellationToken));

    /// <summary><c>PUT /api/agencies/{agencyId}/profile</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("SetAgencyProfile")]
    public Task<IResult> SetAgencyProfile([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/agencies/{agencyId}/profile")] HttpRequest request, string agencyId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => AgencyProfileEndpoints.SetAgencyProfile(agencyId, http, agencies, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/audit</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    [Function("GetAuditTrail")]
    public async Task<IResult> GetAuditTrail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/agencies/{agencyId}/audit")] HttpRequest request, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await KeyAuthorization.AuthorizeAsync(request.HttpContext, KeyRequirement.AgencyKey, agencyId).ConfigureAwait(false)
            ?? await AuditEndpoints.GetAuditTrail(agencyId, audit, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
