using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// The agency-key scheme: the bearer key must open the <c>{agencyId}</c> of the route. No key answers 401; a key that
/// does not open that agency (or an agency that does not exist) answers 404, exactly as if the agency did not exist, so
/// the API never tells a caller which agency ids exist.
/// </summary>
internal sealed class AgencyKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AgencyStore agencies, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string RouteValue = "agencyId";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerKey.From(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        var agencyId = Context.GetRouteValue(RouteValue) as string;
        if (!TableKeys.IsValidId(agencyId))
        {
            return AuthenticateResult.Fail("No such agency.");
        }

        if (await agencies.AuthenticateAsync(agencyId!, key, Context.RequestAborted).ConfigureAwait(false) is not { } agency)
        {
            return AuthenticateResult.Fail("No such agency.");
        }

        var identity = new ClaimsIdentity([new Claim(KeyClaims.AgencyId, agency.Id), new Claim(KeyClaims.AgencyName, agency.Name)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        await (result.None
            ? KeyProblems.WriteAsync(problems, Context, StatusCodes.Status401Unauthorized, "Unauthorized", "Send the agency key as 'Authorization: Bearer <key>'.")
            : KeyProblems.WriteAsync(problems, Context, StatusCodes.Status404NotFound, "Not found", "No such agency.")).ConfigureAwait(false);
    }

    // A key of another agency: the policy's route check failed. Answer as if the agency did not exist.
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        KeyProblems.WriteAsync(problems, Context, StatusCodes.Status404NotFound, "Not found", "No such agency.");
}
