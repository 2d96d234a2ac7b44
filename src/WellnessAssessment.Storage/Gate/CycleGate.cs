using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Gate;

/// <summary>
/// The rows that settle races between submissions and close, without one row every submission updates. Each cycle's
/// response partition holds <see cref="ShardCount"/> gate shards. A submission reads one shard chosen at random and
/// commits its response together with an ETag-conditional update of that shard in one transaction; it fails (412) if
/// the shard changed since it was read as open. Close rewrites every shard (and the single gate of older cycles) as
/// closed in one transaction, which changes every ETag at once: a submission either committed before that transaction
/// (and is in the results) or fails and writes nothing. Concurrent submissions conflict only when they pick the same
/// shard, and then retry on another one.
/// </summary>
/// <remarks>
/// Row keys start with '~', which sorts after every respondent row key (lower-case hex), so gate rows never collide
/// with responses and <see cref="ResponseRowsFilter"/> excludes them with one range condition.
/// </remarks>
internal sealed class CycleGate(WellnessTables tables)
{
    /// <summary>Gate shards per cycle: enough that 64 concurrent submissions rarely pick the same one, few enough that close rewrites them all in one transaction.</summary>
    public const int ShardCount = 32;

    /// <summary>The single gate of cycles created before shards existed; close still shuts it.</summary>
    public const string LegacyRowKey = "~cycle";

    private const string ShardPrefix = "~gate-";
    private const string StatusProperty = "Status";

    /// <summary>An OData condition that keeps only respondent rows of a response partition (no gate rows).</summary>
    public const string ResponseRowsFilter = "RowKey lt '~'";

    /// <summary>The row key of shard <paramref name="shard"/>.</summary>
    public static string ShardRowKey(int shard) => ShardPrefix + shard.ToString("x2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Creates the open gate shards of a new cycle, in one transaction.</summary>
    public async Task CreateAsync(string agencyId, string assessmentId, CancellationToken cancellationToken) =>
        await SubmitAsync(Shards(TableKeys.ResponsePartition(agencyId, assessmentId), CycleStatus.Open, TableTransactionActionType.UpsertReplace), cancellationToken).ConfigureAwait(false);

    /// <summary>Shard <paramref name="shard"/> of the cycle; a cycle stored before shards existed gets them first (see <see cref="MigrateAsync"/>).</summary>
    public async Task<TableEntity> ReadAsync(StoredCycle assessment, int shard, CancellationToken cancellationToken)
    {
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await ReadRowAsync(partition, ShardRowKey(shard), cancellationToken).ConfigureAwait(false) is { } gate)
            {
                return gate;
            }

            await MigrateAsync(assessment, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException("The cycle's gate shards could not be created.");
    }

    /// <summary>
    /// Shuts every shard to online submissions because the cycle takes its answers from an import (one transaction of
    /// unconditional writes, like <see cref="CloseAsync"/>). Returns the shards as written, with their new ETags, so that
    /// <see cref="ReopenAsync"/> can undo it only if nothing (a close) changed them since.
    /// </summary>
    public async Task<IReadOnlyList<TableEntity>> ShutForImportAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        var shards = Enumerable.Range(0, ShardCount).Select(shard => new TableEntity(partition, ShardRowKey(shard)) { [StatusProperty] = ImportedStatus }).ToList();
        List<TableTransactionAction> actions = [.. shards.Select(shard => new TableTransactionAction(TableTransactionActionType.UpsertReplace, shard))];
        TableTransactions.EnsureValid(actions);
        var written = await tables.Responses.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < shards.Count && i < written.Value.Count; i++)
        {
            shards[i].ETag = written.Value[i].Headers.ETag ?? default;
        }

        return shards;
    }

    /// <summary>
    /// Opens the shards <see cref="ShutForImportAsync"/> shut, each only if it is still as that wrote it (a close that
    /// came between wins). Used when an import is refused after the shut.
    /// </summary>
    public async Task ReopenAsync(IReadOnlyList<TableEntity> shut, CancellationToken cancellationToken)
    {
        List<TableTransactionAction> actions = [.. shut.Where(shard => shard.ETag != default).Select(shard =>
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity(shard.PartitionKey, shard.RowKey) { [StatusProperty] = nameof(CycleStatus.Open) }, shard.ETag))];
        if (actions.Count == 0)
        {
            return;
        }

        try
        {
            await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 412)
        {
            // A close changed the shards meanwhile: it stands.
        }
    }

    /// <summary>The status of shards shut because the cycle takes an import (online submissions are refused).</summary>
    public const string ImportedStatus = "Imported";

    /// <summary>Whether the shard says the cycle takes an import (so an online submission is refused for that reason).</summary>
    public static bool IsImported(TableEntity gate) => gate.GetString(StatusProperty) == ImportedStatus;

    /// <summary>Whether the gate lets submissions in.</summary>
    public static bool IsOpen(TableEntity gate) => gate.GetString(StatusProperty) == nameof(CycleStatus.Open);

    /// <summary>Whether the shard says the cycle is closed (a close wrote it).</summary>
    public static bool IsClosed(TableEntity gate) => gate.GetString(StatusProperty) == nameof(CycleStatus.Closed);

    /// <summary>The transaction action that commits only if the shard is still as it was read (and changes its ETag).</summary>
    /// <exception cref="InvalidOperationException">The row has no ETag (an unconditional update would not check the gate).</exception>
    public static TableTransactionAction Touch(TableEntity gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.ETag == default || gate.ETag == ETag.All)
        {
            throw new InvalidOperationException("A gate touch needs the ETag the gate was read with.");
        }

        return new(TableTransactionActionType.UpdateReplace, new TableEntity(gate.PartitionKey, gate.RowKey) { [StatusProperty] = gate.GetString(StatusProperty) }, gate.ETag);
    }

    /// <summary>
    /// Closes every shard and the legacy gate in one transaction of unconditional writes: every ETag changes, so every
    /// submission that read a shard before fails, and every later read sees the gate closed. Idempotent.
    /// </summary>
    public async Task CloseAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        var actions = Shards(partition, CycleStatus.Closed, TableTransactionActionType.UpsertReplace);
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(partition, LegacyRowKey, CycleStatus.Closed)));
        await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives a cycle stored before shards existed its shards, all at once: with the status of its single gate (and a
    /// conditional touch of that gate, so a close racing through it wins), or, without one, the status of the cycle.
    /// Adding fails when another request (or a close) created the shards first; then theirs stand.
    /// </summary>
    private async Task MigrateAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        var legacy = await ReadRowAsync(partition, LegacyRowKey, cancellationToken).ConfigureAwait(false);
        var status = legacy is null ? assessment.Status : IsOpen(legacy) ? CycleStatus.Open : CycleStatus.Closed;
        var actions = Shards(partition, status, TableTransactionActionType.Add);
        if (legacy is not null)
        {
            actions.Add(Touch(legacy));
        }

        try
        {
            await SubmitAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
        {
            // Someone else created the shards, or closed the legacy gate meanwhile: read again.
        }
    }

    private async Task<TableEntity?> ReadRowAsync(string partition, string rowKey, CancellationToken cancellationToken)
    {
        var found = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    }

    private async Task SubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        TableTransactions.EnsureValid(actions);
        await tables.Responses.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    private static List<TableTransactionAction> Shards(string partition, CycleStatus status, TableTransactionActionType type) =>
        [.. Enumerable.Range(0, ShardCount).Select(shard => new TableTransactionAction(type, Entity(partition, ShardRowKey(shard), status)))];

    private static TableEntity Entity(string partition, string rowKey, CycleStatus status) =>
        new(partition, rowKey) { [StatusProperty] = status.ToString() };
}
