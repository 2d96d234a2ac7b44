using WellnessAssessment.Profiles;
using WellnessAssessment.Responses;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Events;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Agencies;

/// <summary>
/// Agencies: create one (admin key; its key is shown once) and replace its key (the agency's key or the admin key).
/// A repeated create (same Idempotency-Key) returns the agency the first one created and writes no second audit entry.
/// </summary>
public sealed class AgencyService(AgencyStore agencies, AuditTrail audit, ServiceEvents events)
{
    /// <summary>The longest display name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The audit trail's JSON of a profile: the stated fields only.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions StatedFieldsOnly = new(WellnessAssessment.Serialization.WellnessJson.Options)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Creates an agency: the name is required, the id is made from it when left out and must be valid and not reserved.</summary>
    /// <param name="request">The body.</param>
    /// <param name="requestKey">The request's Idempotency-Key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The agency with its key (created at <c>/api/agencies/{id}/assessments</c>), 400 or 409.</returns>
    public async Task<Outcome<CreatedAgency>> CreateAsync(CreateAgencyRequest request, RequestKey requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(requestKey);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            return Problem.Invalid("name", $"is required (at most {MaxNameLength} characters)");
        }

        // A given id is taken as it is: one with surrounding white space ("a-zzzzzz\n") is refused, never silently changed.
        var id = string.IsNullOrEmpty(request.Id) ? Slug(name) : request.Id;
        if (!TableKeys.IsValidId(id))
        {
            return Problem.Invalid("id", Identifiers.Rule);
        }

        if (TableKeys.IsReservedAgencyId(id))
        {
            return Problem.Invalid("id", $"'{id}' is reserved ({string.Join(", ", TableKeys.ReservedAgencyIds)}); choose another id");
        }

        if (requestKey.Problem is { } badKey)
        {
            return badKey;
        }

        if (await agencies.CreateAsync(id, name, requestKey.Value, cancellationToken).ConfigureAwait(false) is not { } created)
        {
            return Problem.Conflict($"An agency with the id '{id}' already exists.");
        }

        // Keyed by the creation time the store keeps, so a repeat of this create finds the entry the first one wrote.
        await audit.AppendOnceAsync(id, AuditEventKind.AgencyCreated, Caller.AdminActor, null, null, created.Agency.CreatedAt, cancellationToken).ConfigureAwait(false);
        events.AgencyCreated(id);
        return Outcome.Created(new CreatedAgency(id, name, created.Key, created.Agency.CreatedAt), $"/api/agencies/{id}/assessments");
    }

    /// <summary>Replaces the agency's key (the old one stops working at once) and records who did it.</summary>
    /// <param name="agencyId">The agency (authorized by the host).</param>
    /// <param name="caller">Who asked: the agency or the administrator.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The new key, or 404.</returns>
    public async Task<Outcome<RotatedKey>> RotateKeyAsync(string agencyId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await agencies.RotateKeyAsync(agencyId, cancellationToken).ConfigureAwait(false) is not { } rotated)
        {
            return Problem.NotFound("No such agency.");
        }

        var recorded = await audit.AppendAsync(agencyId, AuditEventKind.KeyRotated, caller.Actor, null, null, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new RotatedKey(agencyId, rotated.Key, recorded.At));
    }

    /// <summary>The agency with its profile.</summary>
    /// <param name="agencyId">The agency (authorized by the host).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The agency, or 404.</returns>
    public async Task<Outcome<AgencyView>> GetAsync(string agencyId, CancellationToken cancellationToken) =>
        await agencies.GetAsync(agencyId, cancellationToken).ConfigureAwait(false) is { } agency
            ? Outcome.Found(View(agency))
            : Problem.NotFound("No such agency.");

    /// <summary>
    /// Sets the agency's profile (an empty profile <c>{}</c> clears it): each new cycle opened without a profile takes
    /// it; a cycle opened with one keeps its own. Cycles already open keep the profile they were opened with. A change
    /// is recorded in the audit trail; setting the same profile again records nothing.
    /// </summary>
    /// <param name="agencyId">The agency (authorized by the host).</param>
    /// <param name="caller">Who asked.</param>
    /// <param name="body">The profile as the host read it (a field with an unknown value is refused there, naming it), or why it could not be read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The agency as it now is, 400 or 404.</returns>
    public async Task<Outcome<AgencyView>> SetProfileAsync(string agencyId, Caller caller, Outcome<AgencyProfile> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(body);
        if (await agencies.GetAsync(agencyId, cancellationToken).ConfigureAwait(false) is not { } agency)
        {
            return Problem.NotFound("No such agency.");
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var profile = body.Value!.IsEmpty ? null : body.Value;
        if (agency.Profile == profile)
        {
            return Outcome.Found(View(agency));
        }

        if (await agencies.SetProfileAsync(agencyId, profile, cancellationToken).ConfigureAwait(false) is not { } updated)
        {
            return Problem.NotFound("No such agency.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.AgencyProfileChanged, caller.Actor, null, profile is null ? "cleared" : Describe(profile), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(View(updated));
    }

    private static AgencyView View(Agency agency) => new(agency.Id, agency.Name, agency.CreatedAt, agency.Profile);

    /// <summary>The profile in the audit trail's words: its JSON as the API takes it, with the fields stated only.</summary>
    private static string Describe(AgencyProfile profile) => System.Text.Json.JsonSerializer.Serialize(profile, StatedFieldsOnly.GetTypeInfo(typeof(AgencyProfile)));

    /// <summary>An id made from a display name: lower-case letters and digits, other runs as one '-', cut to the id's length.</summary>
    /// <param name="name">The display name.</param>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new string([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        slug = slug.Trim('-');
        return slug.Length > Identifiers.MaxLength ? slug[..Identifiers.MaxLength] : slug;
    }
}
