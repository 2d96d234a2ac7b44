using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Gate;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Responses;

/// <summary>
/// Responses of a cycle. Online submissions live in the cycle's partition, one row per respondent (a resubmission
/// replaces the row). A bulk import is written to a fresh staging partition and becomes visible only when the cycle is
/// pointed at it with an ETag check, so an import is never half-visible. Rows hold the respondent's group and answers
/// only: no IP address, user agent or key. Replaced and abandoned staging partitions are deleted later by
/// <see cref="StagingCleanup"/>.
/// </summary>
public sealed class ResponseStore(WellnessTables tables, TimeProvider clock)
{
    private const int MaxSubmitAttempts = 20;
    private const string GroupProperty = "Group";
    private const string MarkerPrefix = "~submitted-";
    private const string MarkerRespondent = "RespondentId";

    // Rows hold what WellnessJson.Serialize wrote; read them back with the same contract metadata.
    private static readonly JsonTypeInfo<Response> ResponseJson = (JsonTypeInfo<Response>)WellnessJson.Options.GetTypeInfo(typeof(Response));
    private readonly CycleGate _gate = new(tables);
    private readonly StagingCleanup _cleanup = new(tables, clock);
    private readonly GateShardPool _shards = new();

    /// <summary>
    /// Stores (or replaces) one respondent's answers, in one transaction with a conditional update of one of the
    /// cycle's gate shards: if the cycle closes at the same moment, either the response commits first (and is in the
    /// results) or nothing is written and the outcome is <see cref="SubmissionOutcome.Closed"/>. Concurrent submissions
    /// of this process take different shards (<see cref="GateShardPool"/>; past 32 at once they wait for one) and reuse
    /// the ETag their last commit returned, so a submission is usually one transaction and no read; when the shard moved
    /// (another process, or a close) it reads the shard again after a short random pause. The status of <paramref name="assessment"/> is not trusted; the gate decides.
    /// </summary>
    public async Task<SubmissionOutcome> SubmitAsync(StoredCycle assessment, Response response, CancellationToken cancellationToken) =>
        (await SubmitAsync(assessment, response, idempotencyKey: null, cancellationToken).ConfigureAwait(false)).Outcome;

    /// <summary>
    /// Stores one respondent's answers as <see cref="SubmitAsync(StoredCycle, Response, CancellationToken)"/> does; with
    /// an <paramref name="idempotencyKey"/> (a random key the client chose for this submission), a marker row committed in
    /// the same transaction makes a repeat of the request (its answer lost) return the first one's respondent id instead
    /// of storing the answers a second time, even after the cycle closed.
    /// </summary>
    public async Task<(SubmissionOutcome Outcome, string RespondentId)> SubmitAsync(StoredCycle assessment, Response response, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(response);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        var row = ToEntity(partition, response);
        var marker = idempotencyKey is null ? null : new TableEntity(partition, MarkerRowKey(idempotencyKey)) { [MarkerRespondent] = response.RespondentId };
        for (var attempt = 1; attempt <= MaxSubmitAttempts; attempt++)
        {
            if (marker is not null && await SubmittedUnderAsync(partition, marker.RowKey, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                return (SubmissionOutcome.Accepted, earlier);
            }

            var lease = await _shards.AcquireAsync(partition, cancellationToken).ConfigureAwait(false);
            TableEntity? latest = null;
            try
            {
                var gate = lease.Known ?? await _gate.ReadAsync(assessment, lease.Shard, cancellationToken).ConfigureAwait(false);
                if (CycleGate.IsImported(gate))
                {
                    return (SubmissionOutcome.Imported, response.RespondentId);
                }

                if (!CycleGate.IsOpen(gate))
                {
                    // A repeat of a submission that committed just before the close (its answer lost) is in: say so.
                    return (await IsStoredAsync(row, cancellationToken).ConfigureAwait(false) ? SubmissionOutcome.Accepted : SubmissionOutcome.Closed, response.RespondentId);
                }

                (var committed, latest) = await TryCommitAsync(gate, row, marker, cancellationToken).ConfigureAwait(false);
                if (committed)
                {
                    return (SubmissionOutcome.Accepted, response.RespondentId);
                }
            }
            finally
            {
                lease.Release(latest);
            }

            await Task.Delay(RetryDelay(attempt), cancellationToken).ConfigureAwait(false);
        }

        return (SubmissionOutcome.Busy, response.RespondentId);
    }

    /// <summary>The respondent id a submission with <paramref name="idempotencyKey"/> was stored under, or null when none was.</summary>
    public async Task<string?> SubmittedUnderAsync(StoredCycle assessment, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await SubmittedUnderAsync(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), MarkerRowKey(idempotencyKey), cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> SubmittedUnderAsync(string partition, string markerRowKey, CancellationToken cancellationToken)
    {
        var found = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(partition, markerRowKey, [MarkerRespondent], cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? entity.GetString(MarkerRespondent) : null;
    }

    /// <summary>Submission markers sort after respondent rows ('~'), like gate rows, so response queries never see them.</summary>
    private static string MarkerRowKey(string idempotencyKey) => MarkerPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(idempotencyKey)));

    private async Task<bool> IsStoredAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var stored = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, ["Response"], cancellationToken).ConfigureAwait(false);
        return stored.HasValue && stored.Value is { } entity && entity.GetString("Response") == row.GetString("Response");
    }

    /// <summary>
    /// Commits the response with the shard's conditional touch. Committed is false when the shard moved since it was
    /// read (412): nothing was written. Latest is the shard as it now is, with the ETag the store returned, or null when unknown.
    /// </summary>
    private async Task<(bool Committed, TableEntity? Latest)> TryCommitAsync(TableEntity gate, TableEntity row, TableEntity? marker, CancellationToken cancellationToken)
    {
        var touch = CycleGate.Touch(gate);
        TableTransactionAction[] actions = marker is null
            ? [touch, new(TableTransactionActionType.UpsertReplace, row)]
            : [touch, new(TableTransactionActionType.UpsertReplace, row), new(TableTransactionActionType.UpsertReplace, marker)];
        TableTransactions.EnsureValid(actions);
        try
        {
            var result = await tables.Responses.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return (true, result.Value.Count > 0 && result.Value[0].Headers.ETag is { } etag && touch.Entity is TableEntity touched
                ? new TableEntity(touched) { ETag = etag }
                : null);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 412)
        {
            return (false, null);
        }
    }

    /// <summary>Full jitter over an exponential ceiling (2, 4, … up to 64 ms), so retries of colliding submissions spread out.</summary>
    private static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * (2 << Math.Min(attempt, 5)));

    /// <summary>
    /// Stages every response of <paramref name="responses"/> in a fresh partition, then makes them the cycle's import.
    /// False when the cycle changed meanwhile (for example, closed); then the staged rows, never visible, are deleted at
    /// once. The import it replaces is deleted after <see cref="StagingCleanup.SafeDelay"/>, since a reader may still be
    /// streaming it; an import that dies half-way is deleted after <see cref="StagingCleanup.AbandonedImportDelay"/>.
    /// </summary>
    public async Task<bool> ImportAsync(StoredCycle assessment, IReadOnlyList<Response> responses, CycleStore assessments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(assessments);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.ImportPartition(assessment.AgencyId, assessment.Id, SecretKeys.Create(9).Replace('-', 'x').Replace('_', 'y'));
        await _cleanup.ScheduleAsync(assessment.AgencyId, assessment.Id, partition, StagingCleanup.AbandonedImportDelay, cancellationToken).ConfigureAwait(false);
        await StageAsync(partition, responses, cancellationToken).ConfigureAwait(false);

        // A close that has begun (gate shut) wins over an import that has not been made current yet.
        if (CycleGate.IsOpen(await _gate.ReadAsync(assessment, 0, cancellationToken).ConfigureAwait(false))
            && await assessments.SetImportAsync(assessment, partition, cancellationToken).ConfigureAwait(false))
        {
            if (assessment.ImportPartition is { } replaced)
            {
                await _cleanup.ScheduleAsync(assessment.AgencyId, assessment.Id, replaced, StagingCleanup.SafeDelay, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        // The staged rows were never visible; remove them.
        await _cleanup.DeletePartitionAsync(partition, cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>
    /// Makes <paramref name="responses"/> the cycle's one import: refused when the cycle already took an import or has
    /// online answers (a cycle never mixes the two). The rows are staged first; then every gate shard is shut to online
    /// submissions, the online partition is checked again (a submission that committed just before the shut refuses
    /// the import and opens the gate again), and the cycle is pointed at the staged partition with an ETag check.
    /// </summary>
    /// <remarks>
    /// With an <paramref name="idempotencyKey"/>, a repeat of the accepted import (its answer lost) answers
    /// <see cref="ImportOutcome.Accepted"/> again and changes nothing.
    /// </remarks>
    public async Task<ImportOutcome> ImportOnceAsync(StoredCycle assessment, IReadOnlyList<Response> responses, CycleStore assessments, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(assessments);
        var keyHash = idempotencyKey is null ? null : SecretKeys.Hash(idempotencyKey);
        if (assessment.ImportPartition is not null)
        {
            return keyHash is not null && assessment.ImportKeyHash == keyHash ? ImportOutcome.Accepted : ImportOutcome.AlreadyImported;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (await HasOnlineAnswersAsync(assessment, cancellationToken).ConfigureAwait(false))
        {
            return ImportOutcome.OnlineAnswers;
        }

        var partition = TableKeys.ImportPartition(assessment.AgencyId, assessment.Id, SecretKeys.Create(9).Replace('-', 'x').Replace('_', 'y'));
        await _cleanup.ScheduleAsync(assessment.AgencyId, assessment.Id, partition, StagingCleanup.AbandonedImportDelay, cancellationToken).ConfigureAwait(false);
        await StageAsync(partition, responses, cancellationToken).ConfigureAwait(false);
        // Shut for an import without one (an import interrupted after the shut) still takes this import.
        var gate = await _gate.ReadAsync(assessment, 0, cancellationToken).ConfigureAwait(false);
        if (!CycleGate.IsOpen(gate) && !CycleGate.IsImported(gate))
        {
            await _cleanup.DeletePartitionAsync(partition, cancellationToken).ConfigureAwait(false);
            return ImportOutcome.Changed;
        }

        var shut = await _gate.ShutForImportAsync(assessment, cancellationToken).ConfigureAwait(false);
        var outcome = await HasOnlineAnswersAsync(assessment, cancellationToken).ConfigureAwait(false)
            ? ImportOutcome.OnlineAnswers
            : await assessments.SetImportAsync(assessment, partition, keyHash, cancellationToken).ConfigureAwait(false) ? ImportOutcome.Accepted : ImportOutcome.Changed;
        if (outcome != ImportOutcome.Accepted)
        {
            await _gate.ReopenAsync(shut, cancellationToken).ConfigureAwait(false);
            await _cleanup.DeletePartitionAsync(partition, cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>Whether the cycle has at least one online answer (one row read, no answers parsed).</summary>
    public async Task<bool> HasOnlineAnswersAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id)}") + " and " + CycleGate.ResponseRowsFilter;
        await foreach (var _ in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    /// <summary>Whether the cycle has an online answer under <paramref name="respondentId"/> (one point read).</summary>
    public async Task<bool> HasOnlineAnswerAsync(StoredCycle assessment, string respondentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), TableKeys.RespondentRowKey(respondentId), ["RowKey"], cancellationToken).ConfigureAwait(false);
        return found.HasValue;
    }

    /// <summary>
    /// Deletes every response row of a purged cycle (its online submissions and its current import). The cycle must be
    /// marked purged first (<see cref="CycleStore.MarkPurgedAsync"/>), so no reader sees the deletion half-done.
    /// Gate rows stay, so late submissions are still refused. Idempotent.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cycle is not marked purged.</exception>
    public async Task DeleteAllAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.PurgedAt is null)
        {
            throw new InvalidOperationException("Mark the cycle purged before deleting its responses.");
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (assessment.ImportPartition is { } imported)
        {
            await _cleanup.DeletePartitionAsync(imported, cancellationToken).ConfigureAwait(false);
        }

        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        await DeleteResponseRowsAsync(partition, cancellationToken).ConfigureAwait(false);
        await DeleteRowsAsync(partition, $"RowKey ge '{MarkerPrefix}' and RowKey lt '~submitted.'", cancellationToken).ConfigureAwait(false); // which key sent which respondent's answers
    }

    private async Task StageAsync(string partition, IReadOnlyList<Response> responses, CancellationToken cancellationToken)
    {
        var actions = responses.Select(response => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(partition, response))).ToList();
        if (actions.Count > 0)
        {
            await TableTransactions.SubmitInChunksAsync(tables.Responses, actions, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task DeleteResponseRowsAsync(string partition, CancellationToken cancellationToken) =>
        DeleteRowsAsync(partition, CycleGate.ResponseRowsFilter, cancellationToken);

    private async Task DeleteRowsAsync(string partition, string rows, CancellationToken cancellationToken)
    {
        var deletes = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + " and " + rows;
        await foreach (var row in tables.Responses.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deletes.Add(row);
        }

        if (deletes.Count > 0)
        {
            await TableTransactions.DeleteInChunksAsync(tables.Responses, deletes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every response of the cycle: the current import, then online submissions (which win for the same respondent id).</summary>
    /// <exception cref="InvalidOperationException">The cycle's responses were purged (read its stored result instead).</exception>
    public async Task<IReadOnlyList<Response>> ReadAllAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        EnsureNotPurged(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var byRespondent = new Dictionary<string, Response>(StringComparer.Ordinal);
        if (assessment.ImportPartition is { } imported)
        {
            await ReadPartitionAsync(imported, byRespondent, cancellationToken).ConfigureAwait(false);
        }

        await ReadPartitionAsync(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), byRespondent, cancellationToken).ConfigureAwait(false);
        return [.. byRespondent.Values];
    }

    /// <summary>
    /// How many respondents the cycle has in each group (the current import plus online submissions, counted once per
    /// respondent), read from the rows' <c>Group</c> column without parsing any answers.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cycle's responses were purged (read its stored counts instead).</exception>
    public async Task<IReadOnlyDictionary<string, int>> CountByGroupAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        EnsureNotPurged(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var groupByRow = new Dictionary<string, string>(StringComparer.Ordinal);
        var partitions = assessment.ImportPartition is { } imported
            ? [imported, TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id)]
            : new[] { TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id) };
        foreach (var partition in partitions)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + " and " + CycleGate.ResponseRowsFilter;
            await foreach (var entity in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", GroupProperty], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (entity.GetString(GroupProperty) is not { } group)
                {
                    // A row written before the Group column existed: count from the full responses instead.
                    return (await ReadAllAsync(assessment, cancellationToken).ConfigureAwait(false))
                        .GroupBy(response => response.Group, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                }

                groupByRow[entity.RowKey] = group;
            }
        }

        return groupByRow.Values.GroupBy(group => group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>
    /// When each online respondent's answers were last saved, with their group, read from the rows' <c>Group</c> column
    /// and the store's timestamp (no answers parsed). Imported responses are left out: an import arrives all at once by
    /// design and is the agency's own doing. Feed these to <see cref="WellnessAssessment.Participation.SubmissionWindows.Busiest"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The cycle's responses were purged.</exception>
    public async Task<IReadOnlyList<(string Group, DateTimeOffset At)>> SubmissionTimesAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        EnsureNotPurged(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var times = new List<(string, DateTimeOffset)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id)}") + " and " + CycleGate.ResponseRowsFilter;
        await foreach (var entity in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", GroupProperty, "Timestamp"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (entity.GetString(GroupProperty) is { } group && entity.Timestamp is { } at)
            {
                times.Add((group, at));
            }
        }

        return times;
    }

    private async Task ReadPartitionAsync(string partition, Dictionary<string, Response> into, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}") + " and " + CycleGate.ResponseRowsFilter;
        await foreach (var entity in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Response"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var response = JsonSerializer.Deserialize(entity.GetString("Response"), ResponseJson)
                ?? throw new InvalidOperationException("A stored response row is empty.");
            into[response.RespondentId] = response;
        }
    }

    private static void EnsureNotPurged(StoredCycle assessment)
    {
        if (assessment.PurgedAt is not null)
        {
            throw new InvalidOperationException("The cycle's responses were purged; only its stored result remains.");
        }
    }

    private static TableEntity ToEntity(string partition, Response response) =>
        new(partition, TableKeys.RespondentRowKey(response.RespondentId)) { ["Response"] = WellnessJson.Serialize(response), [GroupProperty] = response.Group };
}
