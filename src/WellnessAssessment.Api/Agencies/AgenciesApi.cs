using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Agencies;

/// <summary><c>POST /api/agencies</c> (admin key): creates an agency and shows its key once.</summary>
internal static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags(ApiTags.Agencies).RequireAdminKey().UsesStore();
        group.MapPost("/", CreateAgency).WithName("CreateAgency")
            .WithSummary("Create an agency")
            .WithDescription("Creates an agency and returns its key. The key is shown only in this answer: give it to the agency's command staff. The id is made from the name when left out; an id that exists already answers 409.")
            .AcceptsJson<CreateAgencyRequest>()
            .Produces<CreatedAgency>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<IResult> CreateAgency(HttpRequest request, AgencyStore agencies, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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

        var created = await agencies.CreateAsync(id, name, cancellationToken).ConfigureAwait(false);
        if (created is not { } agency)
        {
            return ApiProblems.Conflict($"An agency with the id '{id}' already exists.");
        }

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
