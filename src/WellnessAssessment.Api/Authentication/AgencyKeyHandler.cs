using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// The agency-key scheme: the bearer key must open the <c>{agencyId}</c> of the route. No key answers 401; a key the
/// agency replaced by rotation answers 401 (so its holder learns at once that it no longer works); a key that does not
/// open that agency (or an agency that does not exist) answers 404, exactly as if the agency did not exist, so the API
/// never tells a caller which agency ids exist. With <see cref="AgencyKeyOptions.AcceptsAdminKey"/> the configured
/// admin key is accepted too (key rotation).
/// </summary>
internal sealed class AgencyKeyHandler(IOptionsMonitor<AgencyKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder, AgencyStore agencies, IOptionsMonitor<WellnessApiOptions> settings, IProblemDetailsService problems)
    : AuthenticationHandler<AgencyKeyOptions>(options, logger, encoder)
{
    public const string RouteValue = "agencyId";

    private const string RetiredKey = "This agency key was replaced by a newer one and no longer works; use the current key.";
    private const string NoSuchAgency = "No such agency.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerKey.From(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }

        if (Options.AcceptsAdminKey
            && settings.CurrentValue.AdminKey is { Length: > 0 } adminKey
            && SecretKeys.AreEqual(key, adminKey))
        {
            var admin = new ClaimsIdentity([new Claim(ClaimTypes.Role, KeyPolicies.AdminRole)], Scheme.Name);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(admin), Scheme.Name));
        }

        var agencyId = Context.GetRouteValue(RouteValue) as string;
        if (!TableKeys.IsValidId(agencyId))
        {
            return AuthenticateResult.Fail(NoSuchAgency);
        }

        var verified = await agencies.VerifyKeyAsync(agencyId!, key, Context.RequestAborted).ConfigureAwait(false);
        if (verified.Retired)
        {
            return AuthenticateResult.Fail(RetiredKey);
        }

        if (verified.Agency is not { } agency)
        {
            return AuthenticateResult.Fail(NoSuchAgency);
        }

        var identity = new ClaimsIdentity([new Claim(KeyClaims.AgencyId, agency.Id), new Claim(KeyClaims.AgencyName, agency.Name)], Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        if (result.None)
        {
            var expected = Options.AcceptsAdminKey ? "the agency key or the admin key" : "the agency key";
            await KeyProblems.WriteAsync(problems, Context, StatusCodes.Status401Unauthorized, "Unauthorized", $"Send {expected} as 'Authorization: Bearer <key>'.").ConfigureAwait(false);
        }
        else if (result.Failure?.Message == RetiredKey)
        {
            await KeyProblems.WriteAsync(problems, Context, StatusCodes.Status401Unauthorized, "Unauthorized", RetiredKey).ConfigureAwait(false);
        }
        else
        {
            await KeyProblems.WriteAsync(problems, Context, StatusCodes.Status404NotFound, "Not found", NoSuchAgency).ConfigureAwait(false);
        }
    }

    // A key of another agency: the policy's route check failed. Answer as if the agency did not exist.
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        KeyProblems.WriteAsync(problems, Context, StatusCodes.Status404NotFound, "Not found", NoSuchAgency);
}
