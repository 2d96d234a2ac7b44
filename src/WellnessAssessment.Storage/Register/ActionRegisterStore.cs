using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Register;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Register;

/// <summary>
/// Agencies' action registers: one partition per agency, one row per action holding the action's JSON (the contract
/// of <see cref="ActionRegister"/>) and its adoption order. Every update is conditional on the version the editor saw,
/// so concurrent edits never overwrite each other silently.
/// </summary>
public sealed class ActionRegisterStore(WellnessTables tables)
{
    /// <summary>Table Storage keeps string properties up to 32K UTF-16 characters.</summary>
    public const int MaxActionJsonLength = 32_000;

    private const string JsonColumn = "Action";
    private const string OrderColumn = "Order";

    /// <summary>The agency's actions in adoption order (with their versions).</summary>
    public async Task<IReadOnlyList<StoredAction>> ListAsync(string agencyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(long Order, StoredAction Action)>();
        await foreach (var entity in tables.Actions.QueryAsync<TableEntity>(
            filter: TableClient.CreateQueryFilter($"PartitionKey eq {agencyId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add((entity.GetInt64(OrderColumn) ?? 0, FromEntity(entity)));
        }

        return [.. rows.OrderBy(row => row.Order).ThenBy(row => row.Action.Action.Id, StringComparer.Ordinal).Select(row => row.Action)];
    }

    /// <summary>The action, or <see langword="null"/> when the agency has none with that id.</summary>
    public async Task<StoredAction?> GetAsync(string agencyId, string actionId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var response = await tables.Actions.GetEntityIfExistsAsync<TableEntity>(agencyId, actionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    /// <summary>
    /// Adds newly adopted actions after the agency's existing ones, in transactions of at most 100 within the agency's
    /// partition. An action whose id is already stored (a concurrent adoption of the same plan entry) is left as it is.
    /// Returns the actions that were added.
    /// </summary>
    public async Task<IReadOnlyList<StoredAction>> AddAsync(string agencyId, IReadOnlyList<RegisterAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (actions.Count == 0)
        {
            return [];
        }

        var existing = await ListAsync(agencyId, cancellationToken).ConfigureAwait(false);
        var known = existing.Select(stored => stored.Action.Id).ToHashSet(StringComparer.Ordinal);
        var order = existing.Count;
        var entities = new List<TableEntity>();
        foreach (var action in actions.Where(action => !known.Contains(action.Id)))
        {
            entities.Add(ToEntity(agencyId, action, order++));
        }

        var added = new List<StoredAction>();
        foreach (var chunk in entities.Chunk(TableTransactions.MaxActions))
        {
            var batch = chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.Add, entity)).ToList();
            TableTransactions.EnsureValid(batch);
            try
            {
                var responses = await tables.Actions.SubmitTransactionAsync(batch, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < chunk.Length; i++)
                {
                    added.Add(new StoredAction(Read(chunk[i]), responses.Value[i].Headers.ETag?.ToString() ?? string.Empty));
                }
            }
            catch (TableTransactionFailedException exception) when (exception.Status == 409)
            {
                // Some row of the batch exists (a concurrent adoption, or our own batch whose answer was lost): one by one.
                foreach (var entity in chunk)
                {
                    try
                    {
                        var response = await tables.Actions.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                        added.Add(new StoredAction(Read(entity), response.Headers.ETag?.ToString() ?? string.Empty));
                    }
                    catch (RequestFailedException single) when (single.Status == 409)
                    {
                    }
                }
            }
        }

        return added;
    }

    /// <summary>
    /// Replaces the action if its stored version is still <paramref name="expectedVersion"/>; otherwise leaves it and
    /// returns the current version. <paramref name="update"/> computes the new action from the current one.
    /// </summary>
    public async Task<ActionUpdate> UpdateAsync(
        string agencyId, string actionId, string expectedVersion, Func<RegisterAction, RegisterAction> update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var current = await tables.Actions.GetEntityIfExistsAsync<TableEntity>(agencyId, actionId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!current.HasValue)
        {
            return new ActionUpdate(ActionUpdateStatus.NotFound, null);
        }

        var entity = current.Value!;
        if (entity.ETag.ToString() != expectedVersion)
        {
            return new ActionUpdate(ActionUpdateStatus.Stale, FromEntity(entity));
        }

        var next = update(Read(entity));
        if (next.Id != actionId)
        {
            throw new InvalidOperationException("An update must not change the action's id.");
        }

        var replacement = ToEntity(agencyId, next, entity.GetInt64(OrderColumn) ?? 0);
        try
        {
            var response = await tables.Actions.UpdateEntityAsync(replacement, entity.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new ActionUpdate(ActionUpdateStatus.Updated, new StoredAction(next, response.Headers.ETag?.ToString() ?? string.Empty));
        }
        catch (RequestFailedException exception) when (exception.Status is 412 or 404)
        {
            // Another edit landed between our read and our write: report the version that won.
            var winner = await GetAsync(agencyId, actionId, cancellationToken).ConfigureAwait(false);
            return winner is null ? new ActionUpdate(ActionUpdateStatus.NotFound, null) : new ActionUpdate(ActionUpdateStatus.Stale, winner);
        }
    }

    private static TableEntity ToEntity(string agencyId, RegisterAction action, long order)
    {
        var json = WellnessJson.Serialize(action);
        if (json.Length > MaxActionJsonLength)
        {
            throw new WellnessAssessment.Validation.AssessmentValidationException("action", [new WellnessAssessment.Validation.ValidationError(
                string.Empty, $"is {json.Length} characters as JSON; an action may hold at most {MaxActionJsonLength} (shorten the notes or the history)")]);
        }

        return new TableEntity(agencyId, action.Id)
        {
            [JsonColumn] = json,
            [OrderColumn] = order,
            ["SourceCycle"] = action.SourceCycle,
            ["Status"] = action.Status.ToString(),
        };
    }

    private static RegisterAction Read(TableEntity entity) =>
        System.Text.Json.JsonSerializer.Deserialize(entity.GetString(JsonColumn), WellnessJson.TypeInfo<RegisterAction>())
        ?? throw new InvalidOperationException($"The stored action {entity.RowKey} is empty.");

    private static StoredAction FromEntity(TableEntity entity) => new(Read(entity), entity.ETag.ToString());
}
