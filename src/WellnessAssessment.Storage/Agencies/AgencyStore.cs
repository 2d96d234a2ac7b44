using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Agencies;

/// <summary>
/// Agencies and their keys; a key is shown once (at creation or rotation) and stored only as a hash. The hashes of the
/// last few replaced keys are kept so that a request with one can be told the key was replaced.
/// </summary>
public sealed class AgencyStore(WellnessTables tables, TimeProvider clock)
{
    private const string Partition = "agency";
    private const int RetiredKeysKept = 10;

    /// <summary>Creates an agency and returns it with its new key, or <see langword="null"/> when the id is taken.</summary>
    public Task<(Agency Agency, string Key)?> CreateAsync(string id, string name, CancellationToken cancellationToken) =>
        CreateAsync(id, name, requestKey: null, cancellationToken);

    /// <summary>
    /// Creates an agency and returns it with its new key, or <see langword="null"/> when the id is taken by another
    /// request. Safe to repeat: when the store committed but its answer was lost (the SDK retries and meets its own row),
    /// this call's key is returned; when the caller repeats a request with the same <paramref name="requestKey"/> (an
    /// <c>Idempotency-Key</c>) and name, the agency it created is returned with a fresh key, since the earlier key never
    /// reached the caller (and stops opening the agency).
    /// </summary>
    public async Task<(Agency Agency, string Key)?> CreateAsync(string id, string name, string? requestKey, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var key = SecretKeys.Create();
        var requestHash = SecretKeys.Hash(requestKey ?? SecretKeys.Create(16));
        var agency = new Agency(id, name, clock.GetUtcNow());
        var entity = new TableEntity(Partition, id)
        {
            ["Name"] = name,
            ["KeyHash"] = SecretKeys.Hash(key),
            ["RequestHash"] = requestHash,
            ["CreatedAt"] = agency.CreatedAt,
        };
        try
        {
            await tables.Agencies.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return (agency, key);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
        }

        var existing = (await tables.Agencies.GetEntityAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        if (existing.GetString("RequestHash") != requestHash || existing.GetString("Name") != name)
        {
            return null;
        }

        var stored = new Agency(id, name, existing.GetDateTimeOffset("CreatedAt") ?? agency.CreatedAt);
        if (existing.GetString("KeyHash") == SecretKeys.Hash(key))
        {
            return (stored, key);
        }

        try
        {
            await tables.Agencies.UpdateEntityAsync(new TableEntity(Partition, id) { ["KeyHash"] = SecretKeys.Hash(key) }, existing.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return (stored, key);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Another repeat of the same request replaced the key first; that one answers with it.
            return null;
        }
    }

    /// <summary>The agency whose id is <paramref name="id"/>, when <paramref name="key"/> opens it; otherwise <see langword="null"/>.</summary>
    public async Task<Agency?> AuthenticateAsync(string id, string? key, CancellationToken cancellationToken) =>
        (await VerifyKeyAsync(id, key, cancellationToken).ConfigureAwait(false)).Agency;

    /// <summary>Whether <paramref name="key"/> is the agency's current key, one it replaced, or neither.</summary>
    public async Task<KeyVerification> VerifyKeyAsync(string id, string? key, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } entity)
        {
            // Spend the same work as a real comparison so timing does not tell whether the agency exists.
            SecretKeys.Matches(key, SecretKeys.Hash(string.Empty));
            return new KeyVerification(null, Retired: false);
        }

        if (SecretKeys.Matches(key, entity.GetString("KeyHash")))
        {
            return new KeyVerification(FromEntity(entity), Retired: false);
        }

        return new KeyVerification(null, RetiredHashes(entity).Any(hash => SecretKeys.Matches(key, hash)));
    }

    /// <summary>
    /// Replaces the agency's key with a new one and returns it (shown once), or <see langword="null"/> when there is no
    /// such agency. The old key stops working at once: every request reads the stored hash. Two rotations racing are
    /// settled by the entity's ETag; each returns a key, and only the later one works.
    /// </summary>
    public async Task<(Agency Agency, string Key)?> RotateKeyAsync(string id, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (await ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } entity)
            {
                return null;
            }

            var key = SecretKeys.Create();
            var retired = RetiredHashes(entity).Prepend(entity.GetString("KeyHash")).Take(RetiredKeysKept);
            entity["KeyHash"] = SecretKeys.Hash(key);
            entity["RetiredKeyHashes"] = string.Join(' ', retired);
            entity["KeyRotatedAt"] = clock.GetUtcNow();
            try
            {
                await tables.Agencies.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return (FromEntity(entity), key);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Another rotation won; rotate again over its result.
            }
        }
    }

    /// <summary>The agency, or <see langword="null"/> when there is none with that id.</summary>
    public async Task<Agency?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(id, cancellationToken).ConfigureAwait(false) is { } entity ? FromEntity(entity) : null;
    }

    /// <summary>
    /// Sets (or, with <see langword="null"/> or an empty profile, clears) the agency's profile, leaving its key as it
    /// is (a merge of the one column). Returns the agency as it now is, or <see langword="null"/> when there is no such
    /// agency.
    /// </summary>
    public async Task<Agency?> SetProfileAsync(string id, WellnessAssessment.Profiles.AgencyProfile? profile, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } entity)
        {
            return null;
        }

        var json = profile is null || profile.IsEmpty ? null : WellnessAssessment.Serialization.WellnessJson.Serialize(profile);
        try
        {
            // A merge with the row's ETag: a rotation meanwhile keeps its key hash (merge writes this column only);
            // an agency deleted meanwhile is not written back.
            await tables.Agencies.UpdateEntityAsync(new TableEntity(Partition, id) { ["Profile"] = json ?? string.Empty }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }

        entity["Profile"] = json ?? string.Empty;
        return FromEntity(entity);
    }

    private async Task<TableEntity?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var found = await tables.Agencies.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private static string[] RetiredHashes(TableEntity entity) =>
        (entity.GetString("RetiredKeyHashes") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Agency FromEntity(TableEntity entity) =>
        new(entity.RowKey, entity.GetString("Name"), entity.GetDateTimeOffset("CreatedAt") ?? entity.Timestamp ?? default)
        {
            Profile = entity.GetString("Profile") is { Length: > 0 } profile
                ? System.Text.Json.JsonSerializer.Deserialize(profile, WellnessAssessment.Serialization.WellnessJson.TypeInfo<WellnessAssessment.Profiles.AgencyProfile>())
                : null,
        };
}
