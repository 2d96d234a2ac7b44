using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Responses;

/// <summary>
/// Responses of a cycle. Online submissions live in the cycle's partition, one row per respondent (a resubmission
/// replaces the row). A bulk import is written to a fresh staging partition and becomes visible only when the cycle is
/// pointed at it with an ETag check, so an import is never half-visible. Rows hold the respondent's group and answers
/// only: no IP address, user agent or key.
/// </summary>
public sealed class ResponseStore(WellnessTables tables)
{
    private const int MaxSubmitAttempts = 30;
    private const string GroupProperty = "Group";

    // Rows hold what WellnessJson.Serialize wrote; read them back with the same contract metadata.
    private static readonly JsonTypeInfo<Response> ResponseJson = (JsonTypeInfo<Response>)WellnessJson.Options.GetTypeInfo(typeof(Response));
    private readonly CycleGate _gate = new(tables);

    /// <summary>
    /// Stores (or replaces) one respondent's answers, in one transaction with a conditional update of the cycle's gate:
    /// if the cycle closes at the same moment, either the response commits first (and is in the results) or nothing is
    /// written and the outcome is <see cref="SubmissionOutcome.Closed"/>. The status of <paramref name="assessment"/> is
    /// not trusted; the gate decides.
    /// </summary>
    public async Task<SubmissionOutcome> SubmitAsync(Assessment assessment, Response response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(response);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = ToEntity(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), response);
        for (var attempt = 1; attempt <= MaxSubmitAttempts; attempt++)
        {
            var gate = await _gate.ReadAsync(assessment, cancellationToken).ConfigureAwait(false);
            if (!CycleGate.IsOpen(gate))
            {
                // A repeat of a submission that committed just before the close (its answer lost) is in: say so.
                return await IsStoredAsync(row, cancellationToken).ConfigureAwait(false) ? SubmissionOutcome.Accepted : SubmissionOutcome.Closed;
            }

            TableTransactionAction[] actions = [CycleGate.Touch(gate), new(TableTransactionActionType.UpsertReplace, row)];
            TableTransactions.EnsureValid(actions);
            try
            {
                await tables.Responses.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                return SubmissionOutcome.Accepted;
            }
            catch (TableTransactionFailedException exception) when (exception.Status == 412)
            {
                // Another submission (or the close) moved the gate since it was read: read it again.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(attempt, 10) * 5), cancellationToken).ConfigureAwait(false);
            }
        }

        return SubmissionOutcome.Busy;
    }

    private async Task<bool> IsStoredAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var stored = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, ["Response"], cancellationToken).ConfigureAwait(false);
        return stored.HasValue && stored.Value is { } entity && entity.GetString("Response") == row.GetString("Response");
    }

    /// <summary>Stages every response of <paramref name="responses"/>, then makes them the cycle's import. False when the cycle changed meanwhile (for example, closed).</summary>
    public async Task<bool> ImportAsync(Assessment assessment, IReadOnlyList<Response> responses, AssessmentStore assessments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(assessments);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.ImportPartition(assessment.AgencyId, assessment.Id, SecretKeys.Create(9).Replace('-', 'x').Replace('_', 'y'));
        var actions = responses.Select(response => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(partition, response))).ToList();
        if (actions.Count > 0)
        {
            await TableTransactions.SubmitInChunksAsync(tables.Responses, actions, cancellationToken).ConfigureAwait(false);
        }

        // A close that has begun (gate shut) wins over an import that has not been made current yet.
        if (CycleGate.IsOpen(await _gate.ReadAsync(assessment, cancellationToken).ConfigureAwait(false))
            && await assessments.SetImportAsync(assessment, partition, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        // The staged rows were never visible; remove them.
        await DeleteStagedAsync(actions, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task DeleteStagedAsync(IReadOnlyList<TableTransactionAction> staged, CancellationToken cancellationToken)
    {
        var deletes = staged.Select(action => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(action.Entity.PartitionKey, action.Entity.RowKey))).ToList();
        if (deletes.Count > 0)
        {
            await TableTransactions.SubmitInChunksAsync(tables.Responses, deletes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every response of the cycle: the current import, then online submissions (which win for the same respondent id).</summary>
    public async Task<IReadOnlyList<Response>> ReadAllAsync(Assessment assessment, CancellationToken cancellationToken)
    {
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
    public async Task<IReadOnlyDictionary<string, int>> CountByGroupAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var groupByRow = new Dictionary<string, string>(StringComparer.Ordinal);
        var partitions = assessment.ImportPartition is { } imported
            ? [imported, TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id)]
            : new[] { TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id) };
        foreach (var partition in partitions)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {CycleGate.RowKey}");
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

    private async Task ReadPartitionAsync(string partition, Dictionary<string, Response> into, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ne {CycleGate.RowKey}");
        await foreach (var entity in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Response"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var response = JsonSerializer.Deserialize(entity.GetString("Response"), ResponseJson)
                ?? throw new InvalidOperationException("A stored response row is empty.");
            into[response.RespondentId] = response;
        }
    }

    private static TableEntity ToEntity(string partition, Response response) =>
        new(partition, TableKeys.RespondentRowKey(response.RespondentId)) { ["Response"] = WellnessJson.Serialize(response), [GroupProperty] = response.Group };
}
