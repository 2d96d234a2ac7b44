using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Invitations;

/// <summary>
/// A cycle's invitation codes. Only their hashes are stored (the codes are shown once, when issued), one row per code
/// in the cycle's partition, plus a row that counts them: a cycle with that row asks every submission for a code.
/// A code is held by the first respondent id that submits with it (stored as a hash too), so its holder can resubmit
/// until close and nobody else can use it. Nothing ties a code to a person.
/// </summary>
public sealed class InvitationStore(WellnessTables tables)
{
    /// <summary>The most codes one request may issue.</summary>
    public const int MaxPerRequest = 2000;

    private const string CountRow = "~codes";
    private const string IssuedProperty = "Issued";
    private const string HolderProperty = "Holder";

    /// <summary>Issues <paramref name="count"/> new codes for the cycle and returns them in printed form; only their hashes are stored.</summary>
    public async Task<IssuedCodes> IssueAsync(StoredCycle assessment, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxPerRequest);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(assessment);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            codes.Add(InvitationCode.Create());
        }

        // Add (not upsert): a code that happened to be issued before fails its batch instead of resetting its holder.
        var actions = codes.Select(code => new TableTransactionAction(
            TableTransactionActionType.Add,
            new TableEntity(partition, InvitationCode.Hash(partition, InvitationCode.Normalize(code)!)))).ToList();
        await TableTransactions.SubmitInChunksAsync(tables.Invitations, actions, cancellationToken).ConfigureAwait(false);

        var total = await AddToCountAsync(partition, count, cancellationToken).ConfigureAwait(false);
        return new IssuedCodes([.. codes], total);
    }

    /// <summary>How many codes the cycle has issued in all; 0 for a cycle that uses its shared link only.</summary>
    public async Task<int> IssuedAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = await tables.Invitations.GetEntityIfExistsAsync<TableEntity>(Partition(assessment), CountRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? entity.GetInt32(IssuedProperty) ?? 0 : 0;
    }

    /// <summary>
    /// Checks <paramref name="typedCode"/> for a submission by <paramref name="respondentId"/>: the first respondent to
    /// use a code holds it (a conditional write, so of two racing first uses exactly one wins).
    /// </summary>
    public async Task<CodeCheck> CheckAsync(StoredCycle assessment, string? typedCode, string respondentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(respondentId);
        if (InvitationCode.Normalize(typedCode) is not { } code)
        {
            return CodeCheck.Unknown;
        }

        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(assessment);
        var holder = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(respondentId))));

        // The lookup is by the code's hash, so how long it takes says nothing about the code's symbols.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var found = await tables.Invitations.GetEntityIfExistsAsync<TableEntity>(partition, InvitationCode.Hash(partition, code), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!found.HasValue || found.Value is not { } row)
            {
                return CodeCheck.Unknown;
            }

            if (row.GetString(HolderProperty) is { Length: > 0 } current)
            {
                return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current), holder) ? CodeCheck.Accepted : CodeCheck.UsedByAnother;
            }

            row[HolderProperty] = Encoding.ASCII.GetString(holder);
            try
            {
                await tables.Invitations.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return CodeCheck.Accepted;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Someone used the code at the same moment: read it again to see who holds it.
            }
        }

        return CodeCheck.UsedByAnother;
    }

    /// <summary>How many of the cycle's codes have been used by a respondent.</summary>
    public async Task<int> UsedAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(assessment)} and RowKey lt {"~"}");
        var used = 0;
        await foreach (var row in tables.Invitations.QueryAsync<TableEntity>(filter, select: [HolderProperty], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            used += row.GetString(HolderProperty) is { Length: > 0 } ? 1 : 0;
        }

        return used;
    }

    /// <summary>
    /// Deletes every code hash of the cycle, with which respondent id holds it, and the issued count: part of purging a
    /// closed cycle's individual data. Idempotent.
    /// </summary>
    public async Task DeleteAllAsync(StoredCycle assessment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition(assessment)}");
        await foreach (var row in tables.Invitations.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        if (rows.Count > 0)
        {
            await TableTransactions.DeleteInChunksAsync(tables.Invitations, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether every one of <paramref name="codes"/> is a code of the cycle (so a sheet prints no code that would be refused).</summary>
    public async Task<bool> AreIssuedAsync(StoredCycle assessment, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(codes);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(assessment);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (InvitationCode.Normalize(code) is not { } normalized)
            {
                return false;
            }

            wanted.Add(InvitationCode.Hash(partition, normalized));
        }

        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {"~"}");
        await foreach (var row in tables.Invitations.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            wanted.Remove(row.RowKey);
        }

        return wanted.Count == 0;
    }

    private async Task<int> AddToCountAsync(string partition, int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var found = await tables.Invitations.GetEntityIfExistsAsync<TableEntity>(partition, CountRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!found.HasValue || found.Value is not { } row)
                {
                    await tables.Invitations.AddEntityAsync(new TableEntity(partition, CountRow) { [IssuedProperty] = count }, cancellationToken).ConfigureAwait(false);
                    return count;
                }

                var total = (row.GetInt32(IssuedProperty) ?? 0) + count;
                row[IssuedProperty] = total;
                await tables.Invitations.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return total;
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another request issued codes at the same moment: count again from what it wrote.
            }
        }
    }

    private static string Partition(StoredCycle assessment) =>
        string.Create(CultureInfo.InvariantCulture, $"{assessment.AgencyId}|{assessment.Id}");
}
