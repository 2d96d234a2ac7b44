using Microsoft.Extensions.DependencyInjection;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Access;

namespace WellnessAssessment.Http.Access;

/// <summary>
/// Authorizes a request by <see cref="KeyPolicy"/> where no authentication middleware does it (a function): on success
/// the caller becomes the request's <see cref="HttpContext.User"/>, so the endpoint methods read it as under ASP.NET
/// Core; on refusal the answer is the policy's problem, exactly as the ASP.NET Core key schemes write it.
/// </summary>
public static class KeyAuthorization
{
    /// <summary>The refusal to answer, or <see langword="null"/> when the request may go on.</summary>
    /// <param name="http">The request's context (its services hold the <see cref="KeyPolicy"/>).</param>
    /// <param name="requirement">What the route asks for.</param>
    /// <param name="agencyId">The route's <c>{agencyId}</c>, for agency routes.</param>
    public static async Task<IResult?> AuthorizeAsync(HttpContext http, KeyRequirement requirement, string? agencyId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var policy = http.RequestServices.GetRequiredService<KeyPolicy>();
        var outcome = await policy.AuthorizeAsync(HttpCaller.CredentialsOf(http.Request), requirement, agencyId, http.RequestAborted).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return OutcomeResults.ToResult(outcome.Problem);
        }

        http.User = HttpCaller.ToPrincipal(outcome.Value!, requirement.ToString());
        return null;
    }
}
