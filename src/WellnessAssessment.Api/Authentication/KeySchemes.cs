using Microsoft.AspNetCore.Authentication;
using WellnessAssessment.Http.Access;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Outcomes;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// What the key schemes do, by the layer's <see cref="KeyPolicy"/>: authenticate (the caller becomes the request's
/// claims) and, when refused, write the policy's problem. The decision is made once per request and kept in its items.
/// </summary>
internal static class KeySchemes
{
    private static readonly object DecisionKey = new();

    public static async Task<AuthenticateResult> AuthenticateAsync(HttpContext http, KeyPolicy policy, KeyRequirement requirement, string scheme)
    {
        var outcome = await DecideAsync(http, policy, requirement).ConfigureAwait(false);
        return outcome.Succeeded
            ? AuthenticateResult.Success(new AuthenticationTicket(HttpCaller.ToPrincipal(outcome.Value!, scheme), scheme))
            : AuthenticateResult.Fail(outcome.Problem.Detail ?? outcome.Problem.Title);
    }

    public static async Task ChallengeAsync(IProblemDetailsService problems, HttpContext http, KeyPolicy policy, KeyRequirement requirement)
    {
        var outcome = await DecideAsync(http, policy, requirement).ConfigureAwait(false);
        var problem = outcome.Problem ?? Problem.NotFound("No such agency.");
        await KeyProblems.WriteAsync(problems, http, OutcomeResults.StatusOf(problem.Kind), problem.Title, problem.Detail ?? problem.Title).ConfigureAwait(false);
    }

    private static async Task<Outcome<Caller>> DecideAsync(HttpContext http, KeyPolicy policy, KeyRequirement requirement)
    {
        if (http.Items.TryGetValue(DecisionKey, out var decided) && decided is (KeyRequirement kept, Outcome<Caller> outcome) && kept == requirement)
        {
            return outcome;
        }

        var agencyId = http.GetRouteValue(AgencyKeyHandler.RouteValue) as string;
        var made = await policy.AuthorizeAsync(HttpCaller.CredentialsOf(http.Request), requirement, agencyId, http.RequestAborted).ConfigureAwait(false);
        http.Items[DecisionKey] = (requirement, made);
        return made;
    }
}
