using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Agencies;

/// <summary><c>POST /api/agencies</c> (admin key): creates an agency and shows its key once.</summary>
internal static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags("Agencies");
        group.MapPost("/", CreateAgency).WithName("CreateAgency").AddEndpointFilter(AgencyKeyFilter.RequireAdminKey).Accepts<CreateAgencyRequest>("application/json");
        return api;
    }

    public static async Task<IResult> CreateAgency(HttpRequest request, AgencyStore agencies, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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
