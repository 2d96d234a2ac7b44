using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Access;

namespace WellnessAssessment.Api.Authentication;

/// <summary>The admin-key scheme: a thin wrapper over the layer's <see cref="KeyPolicy"/> (<see cref="KeyRequirement.AdminKey"/>).</summary>
internal sealed class AdminKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyPolicy policy, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        KeySchemes.AuthenticateAsync(Context, policy, KeyRequirement.AdminKey, Scheme.Name);

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        KeySchemes.ChallengeAsync(problems, Context, policy, KeyRequirement.AdminKey);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => HandleChallengeAsync(properties);
}
