using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Agencies;

/// <summary>
/// Agencies: <c>POST /api/agencies</c> (admin key) creates one and shows its key once; <c>POST …/{agencyId}/key</c>
/// (the agency's key or the admin key) replaces the key; <c>GET …/{agencyId}/audit</c> (agency key) reads the audit trail.
/// </summary>
internal static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags(ApiTags.Agencies).UsesStore();
        group.MapPost("/", CreateAgency).WithName("CreateAgency")
            .RequireAdminKey()
            .WithSummary("Create an agency")
            .WithDescription("Creates an agency and returns its key. The key is shown only in this answer: give it to the agency's command staff. The id is made from the name when left out; an id that exists already answers 409. A repeated request with the same Idempotency-Key returns the agency the first one created.")
            .AcceptsJson<CreateAgencyRequest>()
            .AcceptsIdempotencyKey()
            .Produces<CreatedAgency>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{agencyId}/key", RotateKey).WithName("RotateAgencyKey")
            .RequireAgencyOrAdminKey()
            .WithSummary("Replace an agency's key")
            .WithDescription("Issues a new agency key and retires the old one at once: a request with the retired key answers 401. Allowed with the agency's current key or the admin key. The new key is shown only in this answer.")
            .Produces<RotatedKey>();
        group.MapGet("/{agencyId}/audit", GetAuditTrail).WithName("GetAuditTrail")
            .RequireAgencyKey()
            .WithSummary("Read the agency's audit trail")
            .WithDescription("Who did what and when: agency created, key replaced, cycles opened, imports accepted, cycles closed and purged. Oldest first. Entries name the kind of key (agency or admin), never a person or a respondent.")
            .Produces<IReadOnlyList<AuditEntry>>();
        return api;
    }

    public static async Task<Results<Ok<RotatedKey>, ProblemHttpResult>> RotateKey(string agencyId, HttpContext http, AgencyStore agencies, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await agencies.RotateKeyAsync(agencyId, cancellationToken).ConfigureAwait(false) is not { } rotated)
        {
            return ApiProblems.NotFound("No such agency.");
        }

        var recorded = await audit.AppendAsync(agencyId, AuditEventKind.KeyRotated, KeyClaims.Actor(http), null, null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new RotatedKey(agencyId, rotated.Key, recorded.At));
    }

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> GetAuditTrail(string agencyId, AuditTrail audit, CancellationToken cancellationToken)
    {
        var events = await audit.ReadAsync(agencyId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<AuditEntry>>([.. events.Select(e => new AuditEntry(e.At, AuditEvents.Name(e.Kind), e.Actor, e.AssessmentId, e.Detail))]);
    }

    public static async Task<IResult> CreateAgency(HttpRequest request, AgencyStore agencies, AuditTrail audit, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<CreateAgencyRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var name = body!.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return ApiProblems.Invalid("name", "is required (at most 200 characters)");
        }

        var id = string.IsNullOrWhiteSpace(body.Id) ? Slug(name) : body.Id.Trim();
        if (!TableKeys.IsValidId(id))
        {
            return ApiProblems.Invalid("id", Identifiers.Rule);
        }

        if (TableKeys.IsReservedAgencyId(id))
        {
            return ApiProblems.Invalid("id", $"'{id}' is reserved ({string.Join(", ", TableKeys.ReservedAgencyIds)}); choose another id");
        }

        var (requestKey, badKey) = IdempotencyKey.Read(request);
        if (badKey is not null)
        {
            return badKey;
        }

        var created = await agencies.CreateAsync(id, name, requestKey, cancellationToken).ConfigureAwait(false);
        if (created is not { } agency)
        {
            return ApiProblems.Conflict($"An agency with the id '{id}' already exists.");
        }

        await audit.AppendAsync(id, AuditEventKind.AgencyCreated, KeyClaims.AdminActor, null, null, cancellationToken).ConfigureAwait(false);
        events.AgencyCreated(id);
        return TypedResults.Created($"/api/agencies/{id}/assessments", new CreatedAgency(id, name, agency.Key, agency.Agency.CreatedAt));
    }

    private static string Slug(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        slug = slug.Trim('-');
        return slug.Length > Identifiers.MaxLength ? slug[..Identifiers.MaxLength] : slug;
    }
}
