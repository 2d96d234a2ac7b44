using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Agencies;
using WellnessAssessment.Http.Audit;
using WellnessAssessment.Service.Agencies;
using WellnessAssessment.Service.Audit;
namespace WellnessAssessment.Api.Agencies;

/// <summary>
/// Agencies: <c>POST /api/agencies</c> (admin key) creates one and shows its key once; <c>POST …/{agencyId}/key</c>
/// (the agency's key or the admin key) replaces the key; <c>GET …/{agencyId}/audit</c> (agency key) reads the audit trail.
/// The routes and their contract; the endpoints are the shared ones (<see cref="AgencyEndpoints"/>, <see cref="AuditEndpoints"/>).
/// </summary>
internal static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags(ApiTags.Agencies).UsesStore();
        group.MapPost("/", AgencyEndpoints.CreateAgency).WithName("CreateAgency")
            .RequireAdminKey()
            .WithSummary("Create an agency")
            .WithDescription("Creates an agency and returns its key. The key is shown only in this answer: give it to the agency's command staff. The id is made from the name when left out; an id that exists already answers 409. A repeated request with the same Idempotency-Key returns the agency the first one created.")
            .AcceptsJson<CreateAgencyRequest>()
            .AcceptsIdempotencyKey()
            .Produces<CreatedAgency>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{agencyId}/key", AgencyEndpoints.RotateKey).WithName("RotateAgencyKey")
            .Produces<RotatedKey>()
            .RequireAgencyOrAdminKey()
            .WithSummary("Replace an agency's key")
            .WithDescription("Issues a new agency key and retires the old one at once: a request with the retired key answers 401. Allowed with the agency's current key or the admin key. The new key is shown only in this answer.");
        group.MapGet("/{agencyId}", AgencyProfileEndpoints.GetAgency).WithName("GetAgency")
            .Produces<AgencyView>()
            .RequireAgencyKey()
            .WithSummary("Get the agency")
            .WithDescription("The agency's id, name, creation time and profile (never its key).");
        group.MapPut("/{agencyId}/profile", AgencyProfileEndpoints.SetAgencyProfile).WithName("SetAgencyProfile")
            .AcceptsJson<WellnessAssessment.Profiles.AgencyProfile>()
            .Produces<AgencyView>()
            .RequireAgencyKey()
            .WithSummary("Set the agency's profile")
            .WithDescription("Sets the agency's profile (size, own academy, dispatch, employee assistance, union) once, for every later cycle: a new cycle opened without a `profile` takes the agency's, and one opened with a `profile` keeps its own. Cycles already opened keep theirs. `{}` clears it. An unknown value answers 400 naming the field. A change is in the audit trail (`agency-profile-changed`).");
        group.MapGet("/{agencyId}/audit", AuditEndpoints.GetAuditTrail).WithName("GetAuditTrail")
            .Produces<IReadOnlyList<AuditEntry>>()
            .RequireAgencyKey()
            .WithSummary("Read the agency's audit trail")
            .WithDescription("Who did what and when: agency created, key replaced, cycles opened, imports accepted, cycles closed and purged. Newest first, at most 1,000 entries. Entries name the kind of key (agency or admin), never a person or a respondent.");
        return api;
    }
}
