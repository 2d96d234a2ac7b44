using System.Globalization;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Responses;

/// <summary>
/// Deletes staging partitions of bulk imports once nobody can be reading them. A replaced import may still be streamed
/// by a request that read the cycle just before the switch (results, report, counts): it is deleted
/// <see cref="SafeDelay"/> later, well past the longest such request (HTTP requests through Azure Functions end after
/// 230 s). Every import is also recorded before it is staged, due <see cref="AbandonedImportDelay"/> later, so rows
/// staged by an import that never finished (the process died) are found too. A record is a row of the responses
/// table's <c>~cleanup</c> partition (no agency id can contain '~'); its row key starts with the due time, so due
/// records are one range query. <see cref="SweepAsync"/> never deletes the partition a cycle currently points at.
/// </summary>
public sealed class StagingCleanup(WellnessTables tables, TimeProvider clock)
{
    /// <summary>How long a replaced import stays readable before it is deleted.</summary>
    public static readonly TimeSpan SafeDelay = TimeSpan.FromMinutes(15);

    /// <summary>How long after it started an import that never became current is deleted.</summary>
    public static readonly TimeSpan AbandonedImportDelay = TimeSpan.FromHours(1);

    private const string Partition = "~cleanup";

    /// <summary>Records that staging partition <paramref name="stagingPartition"/> of the cycle is to be deleted after <paramref name="delay"/> (unless the cycle points at it then).</summary>
    public async Task ScheduleAsync(string agencyId, string assessmentId, string stagingPartition, TimeSpan delay, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var due = clock.GetUtcNow() + delay;
        var entity = new TableEntity(Partition, due.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + stagingPartition)
        {
            ["AgencyId"] = agencyId,
            ["AssessmentId"] = assessmentId,
            ["StagingPartition"] = stagingPartition,
        };
        await tables.Responses.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes every staging partition whose record is due, and the records. Returns how many partitions had rows to delete.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        var due = new List<TableEntity>();
        await foreach (var record in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {now}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            due.Add(record);
        }

        var deleted = 0;
        foreach (var record in due)
        {
            var staging = record.GetString("StagingPartition");
            if (!await IsCurrentAsync(record.GetString("AgencyId"), record.GetString("AssessmentId"), staging, cancellationToken).ConfigureAwait(false)
                && await DeletePartitionAsync(staging, cancellationToken).ConfigureAwait(false) > 0)
            {
                deleted++;
            }

            await tables.Responses.DeleteEntityAsync(record, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return deleted;
    }

    /// <summary>Deletes every row of <paramref name="partition"/> (chunks of at most 100, one partition each); returns how many.</summary>
    internal async Task<int> DeletePartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var deletes = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var row in tables.Responses.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            deletes.Add(row);
        }

        if (deletes.Count > 0)
        {
            await TableTransactions.DeleteInChunksAsync(tables.Responses, deletes, cancellationToken).ConfigureAwait(false);
        }

        return deletes.Count;
    }

    private async Task<bool> IsCurrentAsync(string agencyId, string assessmentId, string staging, CancellationToken cancellationToken)
    {
        var cycle = await tables.Assessments.GetEntityIfExistsAsync<TableEntity>(agencyId, assessmentId, select: ["ImportPartition"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return cycle.HasValue && cycle.Value?.GetString("ImportPartition") == staging;
    }
}
