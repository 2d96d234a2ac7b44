using Azure;
using Azure.Data.Tables;

namespace WellnessAssessment.Storage.Infrastructure;

/// <summary>
/// Table Storage transactions hold at most 100 actions, all in one partition. Azurite accepts cross-partition batches
/// that Azure rejects, so the rule is enforced here rather than trusted to the server.
/// </summary>
public static class TableTransactions
{
    /// <summary>The most actions one transaction may hold.</summary>
    public const int MaxActions = 100;

    /// <summary>Throws when <paramref name="actions"/> is empty, too large, or spans partitions.</summary>
    public static void EnsureValid(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActions)
        {
            throw new ArgumentException($"A table transaction holds 1 to {MaxActions} actions, not {actions.Count}.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        if (actions.Any(action => action.Entity.PartitionKey != partition))
        {
            throw new ArgumentException("A table transaction must stay in one partition.", nameof(actions));
        }
    }

    /// <summary>
    /// Deletes the rows in valid transactions of at most 100. Deleting is idempotent: a transaction that fails with 404
    /// (a row already gone: its own earlier attempt committed before the answer was lost and the SDK retried it, or
    /// another deleter got there first) is done again row by row, where a missing row counts as deleted.
    /// </summary>
    public static async Task DeleteInChunksAsync(TableClient table, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var chunk in rows.Chunk(MaxActions))
        {
            var deletes = chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All)).ToList();
            EnsureValid(deletes);
            try
            {
                await table.SubmitTransactionAsync(deletes, cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException exception) when (exception.Status == 404)
            {
                foreach (var row in chunk)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Submits the actions in valid transactions of at most 100, each checked by <see cref="EnsureValid"/>.</summary>
    public static async Task SubmitInChunksAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var chunk in actions.Chunk(MaxActions))
        {
            EnsureValid(chunk);
            await table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }
}
