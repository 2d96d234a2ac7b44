using Azure.Data.Tables;
using WellnessAssessment.Responses;
using WellnessAssessment.Serialization;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Responses;

/// <summary>
/// Responses of a cycle. Online submissions live in the cycle's partition, one row per respondent (a resubmission
/// replaces the row). A bulk import is written to a fresh staging partition and becomes visible only when the cycle is
/// pointed at it with an ETag check, so an import is never half-visible. Rows hold the respondent's group and answers
/// only: no IP address, user agent or key.
/// </summary>
public sealed class ResponseStore(WellnessTables tables)
{
    /// <summary>Stores (or replaces) one respondent's answers.</summary>
    public async Task SubmitAsync(Assessment assessment, Response response, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = ToEntity(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), response);
        await tables.Responses.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stages every response of <paramref name="responses"/>, then makes them the cycle's import. False when the cycle changed meanwhile (for example, closed).</summary>
    public async Task<bool> ImportAsync(Assessment assessment, IReadOnlyList<Response> responses, AssessmentStore assessments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.ImportPartition(assessment.AgencyId, assessment.Id, SecretKeys.Create(9).Replace('-', 'x').Replace('_', 'y'));
        var actions = responses.Select(response => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(partition, response))).ToList();
        if (actions.Count > 0)
        {
            await TableTransactions.SubmitInChunksAsync(tables.Responses, actions, cancellationToken).ConfigureAwait(false);
        }

        return await assessments.SetImportAsync(assessment, partition, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every response of the cycle: the current import, then online submissions (which win for the same respondent id).</summary>
    public async Task<IReadOnlyList<Response>> ReadAllAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var byRespondent = new Dictionary<string, Response>(StringComparer.Ordinal);
        if (assessment.ImportPartition is { } imported)
        {
            await ReadPartitionAsync(imported, byRespondent, cancellationToken).ConfigureAwait(false);
        }

        await ReadPartitionAsync(TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id), byRespondent, cancellationToken).ConfigureAwait(false);
        return [.. byRespondent.Values];
    }

    private async Task ReadPartitionAsync(string partition, Dictionary<string, Response> into, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in tables.Responses.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Response"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var response = WellnessJson.ReadResponse(entity.GetString("Response"));
            into[response.RespondentId] = response;
        }
    }

    private static TableEntity ToEntity(string partition, Response response) =>
        new(partition, TableKeys.RespondentRowKey(response.RespondentId)) { ["Response"] = WellnessJson.Serialize(response) };
}
