using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Agencies;

/// <summary>Agencies and their keys; a key is shown once at creation and stored only as a hash.</summary>
public sealed class AgencyStore(WellnessTables tables, TimeProvider clock)
{
    private const string Partition = "agency";

    /// <summary>Creates an agency and returns it with its new key, or <see langword="null"/> when the id is taken.</summary>
    public async Task<(Agency Agency, string Key)?> CreateAsync(string id, string name, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = SecretKeys.Create();
        var agency = new Agency(id, name, clock.GetUtcNow());
        var entity = new TableEntity(Partition, id)
        {
            ["Name"] = name,
            ["KeyHash"] = SecretKeys.Hash(key),
            ["CreatedAt"] = agency.CreatedAt,
        };
        try
        {
            await tables.Agencies.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return null;
        }

        return (agency, key);
    }

    /// <summary>The agency whose id is <paramref name="id"/>, when <paramref name="key"/> opens it; otherwise <see langword="null"/>.</summary>
    public async Task<Agency?> AuthenticateAsync(string id, string? key, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await tables.Agencies.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            // Spend the same work as a real comparison so timing does not tell whether the agency exists.
            SecretKeys.Matches(key, SecretKeys.Hash(string.Empty));
            return null;
        }

        return SecretKeys.Matches(key, entity.GetString("KeyHash"))
            ? new Agency(id, entity.GetString("Name"), entity.GetDateTimeOffset("CreatedAt") ?? entity.Timestamp ?? default)
            : null;
    }
}
