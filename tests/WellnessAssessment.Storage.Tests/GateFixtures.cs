using Azure.Data.Tables;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Gate;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Tests;

/// <summary>Gate rows as cycles stored by earlier versions had them: none at all, or only the single <c>~cycle</c> gate.</summary>
internal static class GateFixtures
{
    /// <summary>The 32 shard row keys and the legacy gate's, in ordinal order (what a closed cycle's partition holds besides responses).</summary>
    public static readonly IReadOnlyList<string> AllGateRowKeys =
        [.. Enumerable.Range(0, CycleGate.ShardCount).Select(CycleGate.ShardRowKey).Append(CycleGate.LegacyRowKey).Order(StringComparer.Ordinal)];

    /// <summary>Deletes every gate shard of the cycle (and the legacy gate, if any): a cycle stored before gates existed.</summary>
    public static async Task RemoveShardsAsync(WellnessTables tables, StoredCycle cycle)
    {
        var partition = TableKeys.ResponsePartition(cycle.AgencyId, cycle.Id);
        await foreach (var row in tables.Responses.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge '~'")))
        {
            await tables.Responses.DeleteEntityAsync(row);
        }
    }

    /// <summary>Replaces the cycle's shards by the single legacy gate with <paramref name="status"/>: a cycle stored before shards existed.</summary>
    public static async Task UseLegacyGateAsync(WellnessTables tables, StoredCycle cycle, CycleStatus status)
    {
        await RemoveShardsAsync(tables, cycle);
        await tables.Responses.AddEntityAsync(new TableEntity(TableKeys.ResponsePartition(cycle.AgencyId, cycle.Id), CycleGate.LegacyRowKey) { ["Status"] = status.ToString() });
    }
}
