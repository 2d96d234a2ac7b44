using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Data.Tables;
using Response = WellnessAssessment.Responses.Response;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Drafts;

/// <summary>
/// Drafts kept under resume codes, so a respondent can continue on another device without an account. One partition
/// per cycle (<c>{agency}|{cycle}</c>), row key the SHA-256 of the code (the table never holds a code). A row holds the
/// draft's answers and part only: no address, device or time. Drafts live only while the cycle is open: a closed cycle
/// reads no draft, and closing deletes them (<see cref="DeleteAllAsync"/>).
/// </summary>
public sealed class DraftStore(WellnessTables tables)
{
    private const int MaxCreateAttempts = 5;
    private static readonly JsonTypeInfo<Response> ResponseJson = (JsonTypeInfo<Response>)WellnessJson.Options.GetTypeInfo(typeof(Response));

    /// <summary>Keeps <paramref name="draft"/> under a new resume code and returns the code (as shown, with its hyphen).</summary>
    /// <exception cref="InvalidOperationException">The cycle is not open.</exception>
    public async Task<string> CreateAsync(StoredCycle assessment, SavedDraft draft, CancellationToken cancellationToken)
    {
        EnsureOpen(assessment);
        ArgumentNullException.ThrowIfNull(draft);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var code = ResumeCode.Create();
            try
            {
                await tables.Drafts.AddEntityAsync(ToEntity(assessment, ResumeCode.Normalize(code)!, draft), cancellationToken).ConfigureAwait(false);
                return code;
            }
            catch (RequestFailedException exception) when (exception.Status == 409 && attempt < MaxCreateAttempts)
            {
                // Another draft of this cycle has the code (about one chance in 2⁴⁹ per draft): draw another.
            }
        }
    }

    /// <summary>Replaces the draft under <paramref name="code"/>; false when there is none (unknown code, or the cycle's drafts were deleted).</summary>
    /// <exception cref="InvalidOperationException">The cycle is not open.</exception>
    public async Task<bool> ReplaceAsync(StoredCycle assessment, string code, SavedDraft draft, CancellationToken cancellationToken)
    {
        EnsureOpen(assessment);
        ArgumentNullException.ThrowIfNull(draft);
        if (ResumeCode.Normalize(code) is not { } normalized)
        {
            return false;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await tables.Drafts.UpdateEntityAsync(ToEntity(assessment, normalized, draft), ETag.All, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The draft under <paramref name="code"/>, or null when the code is unknown or the cycle is not open.</summary>
    public async Task<SavedDraft?> FindAsync(StoredCycle assessment, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != CycleStatus.Open || ResumeCode.Normalize(code) is not { } normalized)
        {
            return null;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await tables.Drafts.GetEntityIfExistsAsync<TableEntity>(Partition(assessment), RowKey(normalized), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        var response = JsonSerializer.Deserialize(entity.GetString("Draft"), ResponseJson) ?? throw new InvalidOperationException("A stored draft row is empty.");
        return new SavedDraft(response, entity.GetInt32("Part") ?? 0);
    }

    /// <summary>Deletes every draft of the cycle (when it closes), in transactions of at most 100 rows of its one partition. Idempotent.</summary>
    public async Task DeleteAllAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(assessment)}");
        await foreach (var row in tables.Drafts.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            await TableTransactions.DeleteInChunksAsync(tables.Drafts, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void EnsureOpen(StoredCycle assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != CycleStatus.Open)
        {
            throw new InvalidOperationException("Drafts are kept only while the cycle is open.");
        }
    }

    private static string Partition(StoredCycle assessment) => TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);

    private static string RowKey(string normalizedCode) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normalizedCode)));

    private static TableEntity ToEntity(StoredCycle assessment, string normalizedCode, SavedDraft draft) =>
        new(Partition(assessment), RowKey(normalizedCode)) { ["Draft"] = WellnessJson.Serialize(draft.Response), ["Part"] = draft.Part };
}
