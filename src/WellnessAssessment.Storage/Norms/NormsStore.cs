using System.IO.Compression;
using System.Text;
using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Norms;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Norms;

/// <summary>
/// The peer benchmark's data, in its own table <c>{prefix}benchmarks</c>:
/// <list type="bullet">
/// <item>partition <c>contribution</c>: one row per opted-in closed cycle (row key <c>{agency}|{cycle}</c>); withdrawing deletes it;</item>
/// <item>partition <c>deployment|{instrument}@{major}</c>: the published rebuild — a row <c>current</c> naming its
/// generation — and the last rebuild not published, if any (a row <c>pending</c>), each with one row per contributing
/// agency (<c>{generation}|{agency}</c>) holding its scores only (a result without items, groups or plan,
/// gzip-compressed). A rebuild writes the new generation, then moves <c>current</c> (published) or <c>pending</c>,
/// then deletes the rows it replaced, so a reader always sees one whole generation;</item>
/// <item>partition <c>external</c>: norms the administrator loaded from a file, one row per instrument and major version.</item>
/// </list>
/// The per-agency scores stay inside the deployment: they are read to build norms that leave the asking agency out.
/// </summary>
public sealed class NormsStore
{
    private const string ContributionPartition = "contribution";
    private const string ExternalPartition = "external";
    private const string CurrentRow = "current";
    private const string PendingRow = "pending";
    private const int MaxBinaryBytes = 64 * 1024;

    private readonly TableClient _table;
    private readonly TimeProvider _clock;
    private volatile bool _ready;

    /// <summary>A store over the deployment's table service.</summary>
    public NormsStore(TableServiceClient service, WellnessStorageOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _table = service.GetTableClient(options.TablePrefix + "benchmarks");
        _clock = clock;
    }

    /// <summary>Records the closed cycle as contributed (again: the first opt-in time stays). Returns the contribution.</summary>
    /// <exception cref="InvalidOperationException">The cycle is not closed.</exception>
    public async Task<NormsContribution> OptInAsync(StoredCycle closed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(closed);
        if (closed.Status != CycleStatus.Closed)
        {
            throw new InvalidOperationException("Only a closed cycle can contribute to the benchmark.");
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (await GetAsync(closed.AgencyId, closed.Id, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var contribution = new NormsContribution(closed.AgencyId, closed.Id, closed.Instrument.Id, closed.Instrument.Version, closed.CreatedAt, _clock.GetUtcNow());
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(ContributionPartition, ContributionRow(closed.AgencyId, closed.Id))
                {
                    ["AgencyId"] = contribution.AgencyId,
                    ["AssessmentId"] = contribution.AssessmentId,
                    ["InstrumentId"] = contribution.InstrumentId,
                    ["InstrumentVersion"] = contribution.InstrumentVersion,
                    ["CycleCreatedAt"] = contribution.CycleCreatedAt,
                    ["OptedInAt"] = contribution.OptedInAt,
                },
                cancellationToken).ConfigureAwait(false);
            return contribution;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return await GetAsync(closed.AgencyId, closed.Id, cancellationToken).ConfigureAwait(false) ?? contribution;
        }
    }

    /// <summary>Withdraws the cycle's contribution; returns whether it was contributed. It leaves the benchmark at the next rebuild.</summary>
    public async Task<bool> WithdrawAsync(string agencyId, string assessmentId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.DeleteEntityAsync(ContributionPartition, ContributionRow(agencyId, assessmentId), ETag.All, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The cycle's contribution, or <see langword="null"/> when it does not contribute (the default).</summary>
    public async Task<NormsContribution?> GetAsync(string agencyId, string assessmentId, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ContributionPartition, ContributionRow(agencyId, assessmentId), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? ToContribution(row.Value!) : null;
    }

    /// <summary>Every contribution of the deployment.</summary>
    public async Task<IReadOnlyList<NormsContribution>> ListAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<NormsContribution>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ContributionPartition}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(ToContribution(row));
        }

        return list;
    }

    /// <summary>
    /// Stores a rebuild's contributions of one instrument and major version (one per agency; only their scores are
    /// kept). Published, they replace the norms in force; otherwise they are kept as the pending rebuild beside the
    /// published one, which stays in force (a pending rebuild replaces the previous pending one).
    /// </summary>
    public async Task SaveRebuildAsync(NormsInstrument instrument, IReadOnlyList<AssessmentResult> results, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(results);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = DeploymentPartition(instrument);
        var previous = await CurrentGenerationAsync(partition, cancellationToken).ConfigureAwait(false);
        var pending = await GenerationAsync(partition, PendingRow, cancellationToken).ConfigureAwait(false);
        var generation = _clock.GetUtcNow().UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "-" + SecretKeys.Create(4).ToLowerInvariant();
        var rows = results.Select(result => new TableEntity(partition, $"{generation}|{result.Agency!.Id}") { ["Scores"] = Compress(WellnessJson.Serialize(ScoresOnly(result))) }).ToList();
        foreach (var chunk in rows.Chunk(TableTransactions.MaxActions))
        {
            var actions = chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row)).ToList();
            TableTransactions.EnsureValid(actions);
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }

        await _table.UpsertEntityAsync(new TableEntity(partition, publish ? CurrentRow : PendingRow) { ["Generation"] = generation, ["Agencies"] = rows.Count }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        if (publish)
        {
            await DeleteGenerationAsync(partition, previous, cancellationToken).ConfigureAwait(false);
            if (pending is not null)
            {
                await _table.DeleteEntityAsync(partition, PendingRow, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }

        await DeleteGenerationAsync(partition, pending, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteGenerationAsync(string partition, string? generation, CancellationToken cancellationToken)
    {
        if (generation is null)
        {
            return;
        }

        var old = new List<TableTransactionAction>();
        await foreach (var row in GenerationRowsAsync(partition, generation, cancellationToken).ConfigureAwait(false))
        {
            old.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, row.RowKey), ETag.All));
        }

        foreach (var chunk in old.Chunk(TableTransactions.MaxActions))
        {
            TableTransactions.EnsureValid(chunk);
            await _table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The contributions of the last rebuild for one instrument and major version: one scores-only result per agency.</summary>
    public async Task<IReadOnlyList<AssessmentResult>> ReadDeploymentAsync(NormsInstrument instrument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = DeploymentPartition(instrument);
        if (await CurrentGenerationAsync(partition, cancellationToken).ConfigureAwait(false) is not { } generation)
        {
            return [];
        }

        var results = new List<AssessmentResult>();
        await foreach (var row in GenerationRowsAsync(partition, generation, cancellationToken).ConfigureAwait(false))
        {
            results.Add(WellnessJson.ReadResult(Decompress(row.GetBinary("Scores"))));
        }

        return results;
    }

    /// <summary>Stores norms loaded by the administrator, replacing earlier ones of the same instrument and major version.</summary>
    /// <exception cref="InvalidOperationException">The norms are too large to store (over 64 KiB compressed).</exception>
    public async Task SaveExternalAsync(PeerNorms norms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(norms);
        var bytes = Compress(WellnessJson.Serialize(norms));
        if (bytes.Length > MaxBinaryBytes)
        {
            throw new InvalidOperationException($"The norms take {bytes.Length / 1024} KiB compressed; at most 64 KiB can be stored.");
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityAsync(new TableEntity(ExternalPartition, ExternalRow(norms.Instrument)) { ["Norms"] = bytes, ["LoadedAt"] = _clock.GetUtcNow() }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The administrator's norms for an instrument and major version, or <see langword="null"/>.</summary>
    public async Task<PeerNorms?> ReadExternalAsync(NormsInstrument instrument, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(ExternalPartition, ExternalRow(instrument), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? WellnessJson.ReadNorms(Decompress(row.Value!.GetBinary("Norms"))) : null;
    }

    /// <summary>Removes the administrator's norms; returns whether there were any.</summary>
    public async Task<bool> DeleteExternalAsync(NormsInstrument instrument, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The SDK answers a missing row with its 404 response rather than an exception (Azure.Data.Tables 12.x).
            var response = await _table.DeleteEntityAsync(ExternalPartition, ExternalRow(instrument), ETag.All, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The result with its scores and agency only: what norms are built from.</summary>
    private static AssessmentResult ScoresOnly(AssessmentResult result) => result with
    {
        Agency = result.Agency is { } agency ? agency with { Name = agency.Id } : null,
        Sections = [.. result.Sections.Select(section => section with { Domains = [.. section.Domains.Select(domain => domain with { Items = [], Groups = [] })] })],
        FirstSteps = [],
        ActionPlan = [],
        KeepItGoing = [],
        Strengths = [],
        Trend = null,
        PeerComparison = null,
        SingleView = null,
    };

    private Task<string?> CurrentGenerationAsync(string partition, CancellationToken cancellationToken) => GenerationAsync(partition, CurrentRow, cancellationToken);

    private async Task<string?> GenerationAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var current = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return current.HasValue ? current.Value!.GetString("Generation") : null;
    }

    private AsyncPageable<TableEntity> GenerationRowsAsync(string partition, string generation, CancellationToken cancellationToken)
    {
        // Row keys "{generation}|…" sort between "{generation}|" and "{generation}}" ('}' follows '|').
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {generation + "|"} and RowKey lt {generation + "}"}");
        return _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken);
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
    }

    private static string ContributionRow(string agencyId, string assessmentId) => $"{agencyId}|{assessmentId}";

    private static string DeploymentPartition(NormsInstrument instrument) => $"deployment|{instrument.Id}@{instrument.MajorVersion}";

    private static string ExternalRow(NormsInstrument instrument) => $"{instrument.Id}@{instrument.MajorVersion}";

    private static NormsContribution ToContribution(TableEntity row) => new(
        row.GetString("AgencyId"), row.GetString("AssessmentId"), row.GetString("InstrumentId"), row.GetString("InstrumentVersion"),
        row.GetDateTimeOffset("CycleCreatedAt") ?? default, row.GetDateTimeOffset("OptedInAt") ?? default);

    private static byte[] Compress(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        return buffer.ToArray();
    }

    private static string Decompress(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
