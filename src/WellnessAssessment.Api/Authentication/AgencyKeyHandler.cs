using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Access;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// The agency-key schemes: thin wrappers over the layer's <see cref="KeyPolicy"/> (<see cref="KeyRequirement.AgencyKey"/>,
/// or <see cref="KeyRequirement.AgencyOrAdminKey"/> with <see cref="AgencyKeyOptions.AcceptsAdminKey"/>), which decides
/// 401 and 404 for every host.
/// </summary>
internal sealed class AgencyKeyHandler(IOptionsMonitor<AgencyKeyOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyPolicy policy, IProblemDetailsService problems)
    : AuthenticationHandler<AgencyKeyOptions>(options, logger, encoder)
{
    public const string RouteValue = "agencyId";

    private KeyRequirement Requirement => Options.AcceptsAdminKey ? KeyRequirement.AgencyOrAdminKey : KeyRequirement.AgencyKey;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        KeySchemes.AuthenticateAsync(Context, policy, Requirement, Scheme.Name);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        KeySchemes.ChallengeAsync(problems, Context, policy, Requirement);

    // A key of another agency: the policy's route check failed. Answer as if the agency did not exist.
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        KeyProblems.WriteAsync(problems, Context, StatusCodes.Status404NotFound, "Not found", "No such agency.");
}
