using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Api.Authentication;

/// <summary>
/// The admin-key scheme: the bearer key must equal the configured <see cref="WellnessApiOptions.AdminKey"/> (compared in
/// constant time). Anything else answers 401; with no admin key configured, every admin request does.
/// </summary>
internal sealed class AdminKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptionsMonitor<WellnessApiOptions> settings, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string NotConfigured = "No admin key is configured (setting Wellness__AdminKey); agencies cannot be created.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var configured = settings.CurrentValue.AdminKey;
        if (string.IsNullOrEmpty(configured))
        {
            return Task.FromResult(AuthenticateResult.Fail(NotConfigured));
        }

        if (BearerKey.From(Request) is not { } key)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!SecretKeys.AreEqual(key, configured))
        {
            return Task.FromResult(AuthenticateResult.Fail("Wrong admin key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Role, KeyPolicies.AdminRole)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        KeyProblems.WriteAsync(problems, Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            string.IsNullOrEmpty(settings.CurrentValue.AdminKey) ? NotConfigured : "Send the admin key as 'Authorization: Bearer <key>'.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => HandleChallengeAsync(properties);
}
