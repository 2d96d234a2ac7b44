using WellnessAssessment.Http.Access;
using WellnessAssessment.Service.Access;

namespace WellnessAssessment.Functions.Hosting;

/// <summary>
/// The key check of a route (what the ASP.NET Core host's key schemes and policies do before its endpoint runs), then
/// the shared endpoint: the refusal's problem when the key does not open the route, otherwise the endpoint's answer.
/// </summary>
internal static class Authorized
{
    /// <summary>Runs <paramref name="endpoint"/> if the request's key meets <paramref name="requirement"/> for <paramref name="agencyId"/>.</summary>
    public static async Task<IResult> RunAsync(HttpRequest request, KeyRequirement requirement, string? agencyId, Func<HttpContext, CancellationToken, Task<IResult>> endpoint)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        return await KeyAuthorization.AuthorizeAsync(request.HttpContext, requirement, agencyId).ConfigureAwait(false)
            ?? await endpoint(request.HttpContext, request.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
