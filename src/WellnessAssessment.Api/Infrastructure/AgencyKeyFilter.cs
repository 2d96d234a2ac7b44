using Microsoft.Extensions.Options;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// Group-level policy for <c>/api/agencies/{agencyId}/…</c>: the bearer key must open that agency. A key that does not
/// (or an agency that does not exist) answers 404, exactly as if the resource did not exist.
/// </summary>
internal static class AgencyKeyFilter
{
    public const string AgencyItem = "wellness.agency";

    public static async ValueTask<object?> RequireAgencyKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var agencyId = http.Request.RouteValues["agencyId"] as string;
        var key = BearerToken(http.Request);
        if (key is null)
        {
            return ApiProblems.Unauthorized("Send the agency key as 'Authorization: Bearer <key>'.");
        }

        if (!TableKeys.IsValidId(agencyId))
        {
            return ApiProblems.NotFound("No such agency.");
        }

        var agency = await http.RequestServices.GetRequiredService<AgencyStore>().AuthenticateAsync(agencyId!, key, http.RequestAborted).ConfigureAwait(false);
        if (agency is null)
        {
            return ApiProblems.NotFound("No such agency.");
        }

        http.Items[AgencyItem] = agency;
        return await next(context).ConfigureAwait(false);
    }

    public static async ValueTask<object?> RequireAdminKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = http.RequestServices.GetRequiredService<IOptions<WellnessApiOptions>>().Value.AdminKey;
        if (string.IsNullOrEmpty(configured))
        {
            return ApiProblems.Unauthorized("No admin key is configured (setting Wellness__AdminKey); agencies cannot be created.");
        }

        return SecretKeys.AreEqual(BearerToken(http.Request), configured)
            ? await next(context).ConfigureAwait(false)
            : ApiProblems.Unauthorized("Send the admin key as 'Authorization: Bearer <key>'.");
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
