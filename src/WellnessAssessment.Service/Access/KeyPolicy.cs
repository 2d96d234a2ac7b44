using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Agencies;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Service.Access;

/// <summary>
/// The one home of the API's key rules, for every host: which <see cref="Credentials"/> open which route. No key answers
/// 401; a key the agency replaced by rotation answers 401 (so its holder learns at once that it no longer works); a key
/// that does not open the route's agency (or an agency that does not exist) answers 404, exactly as if the agency did not
/// exist, so no caller learns which agency ids exist. The admin key is compared in constant time, agency keys by hash.
/// </summary>
public sealed class KeyPolicy(AgencyStore agencies, IOptionsMonitor<WellnessApiOptions> settings)
{
    /// <summary>The detail of a 401 while no admin key is configured.</summary>
    public const string AdminKeyNotConfigured = "No admin key is configured (setting Wellness__AdminKey); agencies cannot be created.";

    /// <summary>The detail of a 401 for a key that rotation replaced.</summary>
    public const string RetiredKey = "This agency key was replaced by a newer one and no longer works; use the current key.";

    private const string NoSuchAgency = "No such agency.";

    /// <summary>Who <paramref name="credentials"/> make the caller, for a route that asks for <paramref name="requirement"/>.</summary>
    /// <param name="credentials">What the request presented.</param>
    /// <param name="requirement">What the route asks for.</param>
    /// <param name="agencyId">The route's <c>{agencyId}</c> (agency routes), else <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the key lookup.</param>
    /// <returns>The caller, or a 401/404-kind problem.</returns>
    public async Task<Outcome<Caller>> AuthorizeAsync(Credentials credentials, KeyRequirement requirement, string? agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var adminKey = settings.CurrentValue.AdminKey;
        if (requirement == KeyRequirement.AdminKey)
        {
            if (string.IsNullOrEmpty(adminKey))
            {
                return Problem.Unauthorized(AdminKeyNotConfigured);
            }

            return credentials.BearerKey is { } sent && SecretKeys.AreEqual(sent, adminKey)
                ? Outcome.Found(Caller.Admin)
                : Problem.Unauthorized("Send the admin key as 'Authorization: Bearer <key>'.");
        }

        if (credentials.BearerKey is not { } key)
        {
            var expected = requirement == KeyRequirement.AgencyOrAdminKey ? "the agency key or the admin key" : "the agency key";
            return Problem.Unauthorized($"Send {expected} as 'Authorization: Bearer <key>'.");
        }

        if (requirement == KeyRequirement.AgencyOrAdminKey && adminKey is { Length: > 0 } && SecretKeys.AreEqual(key, adminKey))
        {
            return Outcome.Found(Caller.Admin);
        }

        if (!TableKeys.IsValidId(agencyId))
        {
            return Problem.NotFound(NoSuchAgency);
        }

        var verified = await agencies.VerifyKeyAsync(agencyId!, key, cancellationToken).ConfigureAwait(false);
        if (verified.Retired)
        {
            return Problem.Unauthorized(RetiredKey);
        }

        return verified.Agency is { } agency && agency.Id == agencyId
            ? Outcome.Found(Caller.Agency(agency.Id, agency.Name))
            : Problem.NotFound(NoSuchAgency);
    }
}
