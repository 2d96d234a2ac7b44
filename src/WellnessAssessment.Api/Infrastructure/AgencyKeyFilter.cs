using Microsoft.Extensions.Options;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Infrastructure;

/// <summary>
/// Group-level policy for <c>/api/agencies/{agencyId}/…</c>: the bearer key must open that agency. A key that does not
/// (or an agency that does not exist) answers 404, exactly as if the resource did not exist; a key the agency replaced
/// by rotation answers 401, so its holder learns at once that it no longer works.
/// </summary>
internal static class AgencyKeyFilter
{
    public const string AgencyItem = "wellness.agency";

    /// <summary>The item naming whose key made the request: <see cref="AdminActor"/> or <see cref="AgencyActor"/>.</summary>
    public const string ActorItem = "wellness.actor";

    public const string AdminActor = "admin";
    public const string AgencyActor = "agency";

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

        var verified = await http.RequestServices.GetRequiredService<AgencyStore>().VerifyKeyAsync(agencyId!, key, http.RequestAborted).ConfigureAwait(false);
        if (verified.Retired)
        {
            return ApiProblems.Unauthorized("This agency key was replaced by a newer one and no longer works; use the current key.");
        }

        if (verified.Agency is not { } agency)
        {
            return ApiProblems.NotFound("No such agency.");
        }

        http.Items[AgencyItem] = agency;
        http.Items[ActorItem] = AgencyActor;
        return await next(context).ConfigureAwait(false);
    }

    /// <summary>The admin key, or else the agency's own key (<see cref="RequireAgencyKey"/>).</summary>
    public static async ValueTask<object?> RequireAgencyOrAdminKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = http.RequestServices.GetRequiredService<IOptions<WellnessApiOptions>>().Value.AdminKey;
        if (!string.IsNullOrEmpty(configured) && SecretKeys.AreEqual(BearerToken(http.Request), configured))
        {
            http.Items[ActorItem] = AdminActor;
            return await next(context).ConfigureAwait(false);
        }

        return await RequireAgencyKey(context, next).ConfigureAwait(false);
    }

    /// <summary>Whose key made the request (set by the filters).</summary>
    public static string Actor(HttpContext http) => http.Items[ActorItem] as string ?? AgencyActor;

    public static async ValueTask<object?> RequireAdminKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var configured = http.RequestServices.GetRequiredService<IOptions<WellnessApiOptions>>().Value.AdminKey;
        if (string.IsNullOrEmpty(configured))
        {
            return ApiProblems.Unauthorized("No admin key is configured (setting Wellness__AdminKey); agencies cannot be created.");
        }

        if (!SecretKeys.AreEqual(BearerToken(http.Request), configured))
        {
            return ApiProblems.Unauthorized("Send the admin key as 'Authorization: Bearer <key>'.");
        }

        http.Items[ActorItem] = AdminActor;
        return await next(context).ConfigureAwait(false);
    }

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
