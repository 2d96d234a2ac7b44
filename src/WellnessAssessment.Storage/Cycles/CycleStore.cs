using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Instruments;
using WellnessAssessment.Storage.Gate;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Cycles;

/// <summary>Assessment cycles, and the respondent tokens that lead to them.</summary>
public sealed class CycleStore(WellnessTables tables, TimeProvider clock)
{
    private const string TokenPartition = "token";
    private const string WriteMarker = "WriteMarker";
    private readonly CycleGate _gate = new(tables);

    /// <summary>Opens a cycle: writes the token row and the open gate first, then the cycle (a token without a cycle is never reachable).</summary>
    public Task<StoredCycle> CreateAsync(string agencyId, string title, InstrumentReference instrument, CancellationToken cancellationToken) =>
        CreateAsync(agencyId, title, instrument, profile: null, requestKey: null, cancellationToken);

    /// <summary>
    /// Opens a cycle with the agency profile that scoring will use (see <see cref="StoredCycle.Profile"/>): writes the
    /// token row and the open gate first, then the cycle (a token or gate without a cycle is never reachable). With a
    /// <paramref name="requestKey"/> (an <c>Idempotency-Key</c>) the cycle id is derived from it, so a repeated request
    /// returns the cycle the first one opened instead of opening a second; a key reused for a different title or
    /// instrument throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public Task<StoredCycle> CreateAsync(string agencyId, string title, InstrumentReference instrument, WellnessAssessment.Profiles.AgencyProfile? profile, string? requestKey, CancellationToken cancellationToken) =>
        CreateAsync(agencyId, title, instrument, profile, headcounts: null, requestKey, cancellationToken);

    /// <summary>
    /// Opens a cycle as <see cref="CreateAsync(string, string, InstrumentReference, WellnessAssessment.Profiles.AgencyProfile?, string?, CancellationToken)"/>
    /// does, with the agency's expected headcounts (validated by the caller) written in the same row.
    /// </summary>
    public Task<StoredCycle> CreateAsync(string agencyId, string title, InstrumentReference instrument, WellnessAssessment.Profiles.AgencyProfile? profile, WellnessAssessment.Participation.Headcounts? headcounts, string? requestKey, CancellationToken cancellationToken) =>
        CreateAsync(agencyId, title, instrument, profile, headcounts, WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey, requestKey, cancellationToken);

    /// <summary>
    /// Opens a cycle as the overload without a purpose does, declaring what its answers are for (stored in the row; a
    /// repeated request with the same key and another purpose is refused like one with another title).
    /// </summary>
    public async Task<StoredCycle> CreateAsync(string agencyId, string title, InstrumentReference instrument, WellnessAssessment.Profiles.AgencyProfile? profile, WellnessAssessment.Participation.Headcounts? headcounts, WellnessAssessment.Disclosure.ReleasePurpose purpose, string? requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var id = requestKey is null
            ? "a-" + SecretKeys.Create(9).ToLowerInvariant().Replace('_', 'x')
            : "a-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{agencyId}\n{requestKey}")))[..12];
        if (requestKey is not null && await GetAsync(agencyId, id, cancellationToken).ConfigureAwait(false) is { } repeated)
        {
            return SameRequest(repeated, title, instrument, purpose);
        }

        var token = SecretKeys.Create(24);
        var now = clock.GetUtcNow();
        try
        {
            await tables.Assessments.AddEntityAsync(
                new TableEntity(TokenPartition, token) { ["AgencyId"] = agencyId, ["AssessmentId"] = id },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // 24 random bytes do not collide: this is our own row, committed before its answer was lost and retried.
        }

        await _gate.CreateAsync(agencyId, id, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(agencyId, id)
        {
            ["Title"] = title,
            ["InstrumentId"] = instrument.Id,
            ["InstrumentVersion"] = instrument.Version,
            ["Status"] = nameof(CycleStatus.Open),
            ["RespondentToken"] = token,
            ["CreatedAt"] = now,
            ["Profile"] = ProfileJson(profile),
            ["Headcounts"] = HeadcountsJson(headcounts),
            ["Purpose"] = purpose.ToString(),
        };
        try
        {
            var response = await tables.Assessments.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            entity.ETag = response.Headers.ETag ?? default;
            return FromEntity(entity);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Our own write whose answer was lost (same token), or a repeat of the same request that got there first.
            var existing = await GetAsync(agencyId, id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The cycle disappeared while opening.");
            return existing.RespondentToken == token ? existing : SameRequest(existing, title, instrument, purpose);
        }
    }

    private static StoredCycle SameRequest(StoredCycle existing, string title, InstrumentReference instrument, WellnessAssessment.Disclosure.ReleasePurpose purpose) =>
        existing.Title == title && existing.Instrument == instrument && existing.Purpose == purpose
            ? existing
            : throw new InvalidOperationException("This Idempotency-Key opened a cycle with another title or instrument.");

    /// <summary>The cycle, or <see langword="null"/> when the agency has none with that id.</summary>
    public async Task<StoredCycle?> GetAsync(string agencyId, string assessmentId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await tables.Assessments.GetEntityIfExistsAsync<TableEntity>(agencyId, assessmentId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity && IsCycleRow(entity) ? FromEntity(entity) : null;
    }

    /// <summary>The agency's cycles, newest first.</summary>
    public async Task<IReadOnlyList<StoredCycle>> ListAsync(string agencyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agencyId}");
        var list = new List<StoredCycle>();
        await foreach (var entity in tables.Assessments.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IsCycleRow(entity))
            {
                list.Add(FromEntity(entity));
            }
        }

        return [.. list.OrderByDescending(a => a.CreatedAt)];
    }

    /// <summary>Whether a row of the agency's partition is a cycle (an agency whose id is also a partition word, such as <c>token</c>, shares it with other rows).</summary>
    private static bool IsCycleRow(TableEntity entity) => entity.ContainsKey("Status") && entity.ContainsKey("InstrumentId");

    /// <summary>The cycle a respondent token leads to, or <see langword="null"/>.</summary>
    public async Task<StoredCycle?> FindByTokenAsync(string token, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (!TableKeys.IsValidToken(token))
        {
            return null;
        }

        var found = await tables.Assessments.GetEntityIfExistsAsync<TableEntity>(TokenPartition, token, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        return await GetAsync(entity.GetString("AgencyId"), entity.GetString("AssessmentId"), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Closes an open cycle: first the gate in the response partition (from then on no submission commits), then the
    /// cycle entity with an ETag check, so that of two racing closes exactly one succeeds.
    /// Returns the closed cycle, or <see langword="null"/> when it was already closed.
    /// </summary>
    public async Task<StoredCycle?> CloseAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != CycleStatus.Open)
        {
            return null;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _gate.CloseAsync(assessment, cancellationToken).ConfigureAwait(false);
        var current = assessment;
        while (current.Status == CycleStatus.Open)
        {
            var entity = ToEntity(current with { Status = CycleStatus.Closed, ClosedAt = clock.GetUtcNow() });
            entity[WriteMarker] = SecretKeys.Create(9);
            try
            {
                var response = await tables.Assessments.UpdateEntityAsync(entity, new ETag(current.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                entity.ETag = response.Headers.ETag ?? default;
                return FromEntity(entity);
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                if (await IsOwnWriteAsync(entity, cancellationToken).ConfigureAwait(false))
                {
                    // Our own update, committed before its answer was lost (the SDK retried it and met the new ETag).
                    return await GetAsync(assessment.AgencyId, assessment.Id, cancellationToken).ConfigureAwait(false);
                }

                current = await GetAsync(assessment.AgencyId, assessment.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The cycle disappeared while closing.");
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the cycle's gate is closed to submissions because a close began: a close writes the gate first and the
    /// cycle row second, so a cycle whose row says open while this says closed is a close that was interrupted between
    /// its two writes (finish it with <see cref="CloseAsync"/>). One point read.
    /// </summary>
    public async Task<bool> IsClosingAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return CycleGate.IsClosed(await _gate.ReadAsync(assessment, 0, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Sets (or, with <see langword="null"/> or empty headcounts, clears) the cycle's expected headcounts, open or closed,
    /// if the cycle has not changed since <paramref name="assessment"/> was read. Returns the updated cycle, or
    /// <see langword="null"/> when it changed meanwhile (read it again).
    /// </summary>
    public async Task<StoredCycle?> SetHeadcountsAsync(StoredCycle assessment, WellnessAssessment.Participation.Headcounts? headcounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return await ReplaceIfUnchangedAsync(assessment, assessment with { Headcounts = headcounts is { IsEmpty: false } ? headcounts : null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the closed cycle's focus areas (domain ids, validated by the caller) if the cycle has not changed since
    /// <paramref name="assessment"/> was read. Returns the updated cycle, or <see langword="null"/> when it changed
    /// meanwhile (read it again).
    /// </summary>
    public async Task<StoredCycle?> SetFocusAreasAsync(StoredCycle assessment, IReadOnlyList<string> focusAreas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(focusAreas);
        return await ReplaceIfUnchangedAsync(assessment, assessment with { FocusAreas = [.. focusAreas] }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Points the cycle at a completed import partition, if the cycle has not changed since <paramref name="assessment"/> was read.</summary>
    public Task<bool> SetImportAsync(StoredCycle assessment, string importPartition, CancellationToken cancellationToken) =>
        SetImportAsync(assessment, importPartition, importKeyHash: null, cancellationToken);

    /// <summary>
    /// Points the cycle at a completed import partition, with the hash of the import's Idempotency-Key, if the cycle has
    /// not changed since <paramref name="assessment"/> was read.
    /// </summary>
    public async Task<bool> SetImportAsync(StoredCycle assessment, string importPartition, string? importKeyHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        try
        {
            await tables.Assessments.UpdateEntityAsync(ToEntity(assessment with { ImportPartition = importPartition, ImportKeyHash = importKeyHash }), new ETag(assessment.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Our own update, committed before its answer was lost, also looks like this: the partition names this import only.
            return (await GetAsync(assessment.AgencyId, assessment.Id, cancellationToken).ConfigureAwait(false))?.ImportPartition == importPartition;
        }
    }

    /// <summary>
    /// Marks a closed cycle as purged, with an ETag check: from then on readers use only its stored result, so the
    /// deletion of its response rows that follows is never seen half-done. Returns the marked cycle, or
    /// <see langword="null"/> when the cycle changed since it was read (read it again).
    /// </summary>
    /// <exception cref="InvalidOperationException">The cycle is open.</exception>
    public async Task<StoredCycle?> MarkPurgedAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != CycleStatus.Closed)
        {
            throw new InvalidOperationException("Only a closed cycle can be purged.");
        }

        return await ReplaceIfUnchangedAsync(assessment, assessment with { PurgedAt = clock.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the stored cycle with <paramref name="updated"/> if it still has <paramref name="read"/>'s ETag. Returns
    /// the stored cycle, or <see langword="null"/> when it changed since it was read.
    /// </summary>
    private async Task<StoredCycle?> ReplaceIfUnchangedAsync(StoredCycle read, StoredCycle updated, CancellationToken cancellationToken)
    {
        var entity = ToEntity(updated);
        entity[WriteMarker] = SecretKeys.Create(9);
        try
        {
            var response = await tables.Assessments.UpdateEntityAsync(entity, new ETag(read.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            entity.ETag = response.Headers.ETag ?? default;
            return FromEntity(entity);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Our own update, committed before its answer was lost (the SDK retried it), carries our marker.
            return await IsOwnWriteAsync(entity, cancellationToken).ConfigureAwait(false)
                ? await GetAsync(read.AgencyId, read.Id, cancellationToken).ConfigureAwait(false)
                : null;
        }
    }

    /// <summary>
    /// Whether the stored cycle carries <paramref name="written"/>'s random marker: an ETag-checked update that failed
    /// with 412 may be our own, committed before its answer was lost and retried by the SDK (then the ETag it met is the
    /// one it produced).
    /// </summary>
    private async Task<bool> IsOwnWriteAsync(TableEntity written, CancellationToken cancellationToken)
    {
        var stored = await tables.Assessments.GetEntityIfExistsAsync<TableEntity>(written.PartitionKey, written.RowKey, [WriteMarker], cancellationToken).ConfigureAwait(false);
        return stored.HasValue && stored.Value?.GetString(WriteMarker) == written.GetString(WriteMarker);
    }

    private static TableEntity ToEntity(StoredCycle assessment) => new(assessment.AgencyId, assessment.Id)
    {
        ["Title"] = assessment.Title,
        ["InstrumentId"] = assessment.Instrument.Id,
        ["InstrumentVersion"] = assessment.Instrument.Version,
        ["Status"] = assessment.Status.ToString(),
        ["RespondentToken"] = assessment.RespondentToken,
        ["CreatedAt"] = assessment.CreatedAt,
        ["ClosedAt"] = assessment.ClosedAt,
        ["ImportPartition"] = assessment.ImportPartition,
        ["ImportKeyHash"] = assessment.ImportKeyHash,
        ["Profile"] = ProfileJson(assessment.Profile),
        ["PurgedAt"] = assessment.PurgedAt,
        ["Headcounts"] = HeadcountsJson(assessment.Headcounts),
        ["Purpose"] = assessment.Purpose.ToString(),
        ["FocusAreas"] = assessment.FocusAreas is { Count: > 0 } focus ? string.Join(' ', focus) : null,
    };

    private static string? HeadcountsJson(WellnessAssessment.Participation.Headcounts? headcounts) =>
        headcounts is null || headcounts.IsEmpty ? null : WellnessAssessment.Serialization.WellnessJson.Serialize(headcounts);

    private static string? ProfileJson(WellnessAssessment.Profiles.AgencyProfile? profile) =>
        profile is null ? null : WellnessAssessment.Serialization.WellnessJson.Serialize(profile);

    private static StoredCycle FromEntity(TableEntity entity) => new()
    {
        AgencyId = entity.PartitionKey,
        Id = entity.RowKey,
        Title = entity.GetString("Title"),
        Instrument = new InstrumentReference(entity.GetString("InstrumentId"), entity.GetString("InstrumentVersion")),
        Status = Enum.Parse<CycleStatus>(entity.GetString("Status")),
        RespondentToken = entity.GetString("RespondentToken"),
        CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? default,
        ClosedAt = entity.GetDateTimeOffset("ClosedAt"),
        ImportPartition = entity.GetString("ImportPartition"),
        ImportKeyHash = entity.GetString("ImportKeyHash"),
        Profile = entity.GetString("Profile") is { Length: > 0 } profile
            ? System.Text.Json.JsonSerializer.Deserialize(profile, WellnessAssessment.Serialization.WellnessJson.TypeInfo<WellnessAssessment.Profiles.AgencyProfile>())
            : null,
        PurgedAt = entity.GetDateTimeOffset("PurgedAt"),
        Headcounts = entity.GetString("Headcounts") is { Length: > 0 } headcounts
            ? System.Text.Json.JsonSerializer.Deserialize(headcounts, WellnessAssessment.Serialization.WellnessJson.TypeInfo<WellnessAssessment.Participation.Headcounts>())
            : null,
        Purpose = entity.GetString("Purpose") is { Length: > 0 } purpose && Enum.TryParse<WellnessAssessment.Disclosure.ReleasePurpose>(purpose, out var declared)
            ? declared
            : WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey,
        // Domain ids are identifiers without white space; a row stored before focus areas existed has none.
        FocusAreas = entity.GetString("FocusAreas") is { Length: > 0 } focusAreas ? focusAreas.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null,
        ETag = entity.ETag.ToString(),
    };
}
