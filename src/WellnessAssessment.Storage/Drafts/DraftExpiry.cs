using Azure.Data.Tables;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Drafts;

/// <summary>
/// Deletes drafts that have expired: a draft lives only while its cycle is open (<see cref="DraftStore"/>), so the drafts
/// of a cycle that is closed (a close that failed between closing the cycle and deleting its drafts), purged or gone
/// are deleted, whole partition by partition. The drafts of an open cycle are never touched. Idempotent; a sweep reads
/// the keys of the drafts table once and each partition's cycle once.
/// </summary>
public sealed class DraftExpiry(WellnessTables tables, CycleStore assessments)
{
    /// <summary>Deletes every draft whose cycle is not open; returns how many drafts were deleted.</summary>
    /// <param name="cancellationToken">Stops the sweep between partitions.</param>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partitions = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var row in tables.Drafts.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!partitions.TryGetValue(row.PartitionKey, out var rows))
            {
                partitions[row.PartitionKey] = rows = [];
            }

            rows.Add(row);
        }

        var deleted = 0;
        foreach (var (partition, rows) in partitions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await IsOpenAsync(partition, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await TableTransactions.DeleteInChunksAsync(tables.Drafts, rows, cancellationToken).ConfigureAwait(false);
            deleted += rows.Count;
        }

        return deleted;
    }

    private async Task<bool> IsOpenAsync(string partition, CancellationToken cancellationToken)
    {
        // The partition is TableKeys.ResponsePartition(agencyId, assessmentId); neither id can hold '|'.
        var separator = partition.IndexOf('|', StringComparison.Ordinal);
        if (separator <= 0 || separator == partition.Length - 1)
        {
            return false;
        }

        var cycle = await assessments.GetAsync(partition[..separator], partition[(separator + 1)..], cancellationToken).ConfigureAwait(false);
        return cycle is { Status: CycleStatus.Open };
    }
}
