using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Participation;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Results;

/// <summary>
/// Stored results of closed cycles. A snapshot is the result's JSON, gzip-compressed and split into binary properties
/// of at most 64 KiB (the Table Storage limit per property), at most 15 per row (under the 1 MiB entity limit), rows
/// <c>0001</c>, <c>0002</c>, … after a header row <c>0000</c> that holds the length, the SHA-256 and the counts by group.
/// All rows are in the cycle's own partition of the results table and are written in one transaction, so a snapshot is
/// either whole or absent. A transaction carries at most 4 MiB, so a snapshot holds up to
/// <see cref="MaxCompressedBytes"/> compressed bytes (a result is a few hundred KB of JSON whatever the number of respondents).
/// </summary>
public sealed class ResultStore
{
    /// <summary>The largest compressed snapshot that fits one transaction (4 MiB, less base64 and envelope overhead).</summary>
    public const int MaxCompressedBytes = 2_800_000;

    private const int DefaultChunkBytes = 60 * 1024;
    private const int ChunksPerRow = 15;
    private const string HeaderRow = "0000";
    private const int Format = 1;

    private readonly WellnessTables _tables;
    private readonly TimeProvider _clock;
    private readonly int _chunkBytes;

    /// <summary>A store over <paramref name="tables"/>, stamping snapshots with <paramref name="clock"/>.</summary>
    public ResultStore(WellnessTables tables, TimeProvider clock)
        : this(tables, clock, DefaultChunkBytes)
    {
    }

    /// <summary>Tests split snapshots into smaller chunks to exercise many properties and rows.</summary>
    internal ResultStore(WellnessTables tables, TimeProvider clock, int chunkBytes)
    {
        _tables = tables;
        _clock = clock;
        _chunkBytes = chunkBytes;
    }

    /// <summary>
    /// Stores the snapshot of a closed cycle. Returns false, writing nothing, when a snapshot is already stored (the
    /// first one stands: both were computed from the same closed responses).
    /// </summary>
    /// <exception cref="InvalidOperationException">The result is too large for one snapshot.</exception>
    public async Task<bool> SaveAsync(StoredCycle assessment, ResultSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(snapshot);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var actions = ToActions(Partition(assessment), snapshot with { StoredAt = _clock.GetUtcNow() });
        TableTransactions.EnsureValid(actions);
        try
        {
            await _tables.Results.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The stored snapshot of the cycle, or <see langword="null"/> when none is stored.</summary>
    /// <exception cref="InvalidDataException">The stored rows are damaged (a wrong length or checksum).</exception>
    public async Task<ResultSnapshot?> ReadAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(assessment)}");
        await foreach (var row in _tables.Results.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows.Count == 0 ? null : FromRows(rows);
    }

    /// <summary>The counts by group of the cycle's snapshot (one point read, no result parsed), or <see langword="null"/>.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> ReadCountsAsync(StoredCycle assessment, CancellationToken cancellationToken) =>
        (await ReadTalliesAsync(assessment, cancellationToken).ConfigureAwait(false))?.Counts;

    /// <summary>
    /// The counts by group, busiest windows and identical sheets of the cycle's snapshot (one point read, no result
    /// parsed), or <see langword="null"/> when none is stored.
    /// </summary>
    public async Task<(IReadOnlyDictionary<string, int> Counts, IReadOnlyDictionary<string, SubmissionWindow>? BusiestWindows, int? IdenticalSheets)?> ReadTalliesAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await _tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await _tables.Results.GetEntityIfExistsAsync<TableEntity>(Partition(assessment), HeaderRow, select: ["Counts", "Windows", "Identical"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value is { } header ? (ReadCounts(header), ReadWindows(header), header.GetInt32("Identical")) : null;
    }

    private static string Partition(StoredCycle assessment) => TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);

    private List<TableTransactionAction> ToActions(string partition, ResultSnapshot snapshot)
    {
        var compressed = Compress(snapshot);
        if (compressed.Length > MaxCompressedBytes)
        {
            throw new InvalidOperationException($"The result is too large to store as one snapshot ({compressed.Length} compressed bytes; at most {MaxCompressedBytes}).");
        }

        var header = new TableEntity(partition, HeaderRow)
        {
            ["Format"] = Format,
            ["Length"] = compressed.Length,
            ["Sha256"] = Convert.ToHexStringLower(SHA256.HashData(compressed)),
            ["Counts"] = JsonSerializer.Serialize(new Dictionary<string, int>(snapshot.CountsByGroup, StringComparer.Ordinal), CountsContext.Default.DictionaryStringInt32),
            ["StoredAt"] = snapshot.StoredAt,
            ["Windows"] = snapshot.BusiestWindows is { } windows
                ? JsonSerializer.Serialize(new Dictionary<string, SubmissionWindow>(windows, StringComparer.Ordinal), CountsContext.Default.DictionaryStringSubmissionWindow)
                : null,
            ["Identical"] = snapshot.IdenticalSheets,
        };
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, header) };
        var chunks = compressed.Chunk(_chunkBytes).ToList();
        for (var row = 0; row * ChunksPerRow < chunks.Count; row++)
        {
            var entity = new TableEntity(partition, (row + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (chunk, index) in chunks.Skip(row * ChunksPerRow).Take(ChunksPerRow).Select((chunk, index) => (chunk, index)))
            {
                entity["D" + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)] = chunk;
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
        }

        return actions;
    }

    private static ResultSnapshot FromRows(List<TableEntity> rows)
    {
        var header = rows.Single(row => row.RowKey == HeaderRow);
        if (header.GetInt32("Format") != Format)
        {
            throw new InvalidDataException($"The stored result snapshot has format {header.GetInt32("Format")}, not {Format}.");
        }

        using var compressed = new MemoryStream(header.GetInt32("Length") ?? 0);
        foreach (var row in rows.Where(row => row.RowKey != HeaderRow).OrderBy(row => row.RowKey, StringComparer.Ordinal))
        {
            for (var index = 0; row.GetBinary("D" + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)) is { } chunk; index++)
            {
                compressed.Write(chunk);
            }
        }

        var bytes = compressed.ToArray();
        if (bytes.Length != header.GetInt32("Length") || Convert.ToHexStringLower(SHA256.HashData(bytes)) != header.GetString("Sha256"))
        {
            throw new InvalidDataException("The stored result snapshot is damaged (its length or checksum does not match).");
        }

        using var json = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        return new ResultSnapshot(WellnessJson.ReadResult(json), ReadCounts(header), header.GetDateTimeOffset("StoredAt") ?? default, ReadWindows(header), header.GetInt32("Identical"));
    }

    private static Dictionary<string, SubmissionWindow>? ReadWindows(TableEntity header) =>
        header.GetString("Windows") is { Length: > 0 } windows ? JsonSerializer.Deserialize(windows, CountsContext.Default.DictionaryStringSubmissionWindow) : null;

    private static Dictionary<string, int> ReadCounts(TableEntity header) =>
        JsonSerializer.Deserialize(header.GetString("Counts"), CountsContext.Default.DictionaryStringInt32) ?? new Dictionary<string, int>();

    private static byte[] Compress(ResultSnapshot snapshot)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            WellnessJson.Serialize(gzip, snapshot.Result);
        }

        return buffer.ToArray();
    }
}
