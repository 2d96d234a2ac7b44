using Azure;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Assessments;

namespace WellnessAssessment.Storage.Infrastructure;

/// <summary>
/// The row that settles races between submissions and close. It lives in the cycle's own response partition, so a
/// submission can write its response and a conditional update of the gate in one transaction: the transaction fails
/// (412) if the gate changed since it was read as open. Close flips the gate first, so a submission either commits
/// before the close (and is in the results) or fails and writes nothing.
/// </summary>
internal sealed class CycleGate(WellnessTables tables)
{
    /// <summary>The gate's row key; respondent row keys are lower-case hex, so it cannot collide with one.</summary>
    public const string RowKey = "~cycle";

    private const string StatusProperty = "Status";

    /// <summary>Creates the open gate of a new cycle.</summary>
    public async Task CreateAsync(string agencyId, string assessmentId, CancellationToken cancellationToken) =>
        await tables.Responses.UpsertEntityAsync(Entity(agencyId, assessmentId, AssessmentStatus.Open), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    /// <summary>The gate of the cycle; a cycle stored before gates existed gets one that matches its status.</summary>
    public async Task<TableEntity> ReadAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        var partition = TableKeys.ResponsePartition(assessment.AgencyId, assessment.Id);
        var found = await tables.Responses.GetEntityIfExistsAsync<TableEntity>(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (found.HasValue && found.Value is { } gate)
        {
            return gate;
        }

        try
        {
            await tables.Responses.AddEntityAsync(Entity(assessment.AgencyId, assessment.Id, assessment.Status), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Another request created it first; read theirs.
        }

        return (await tables.Responses.GetEntityAsync<TableEntity>(partition, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>Whether the gate lets submissions in.</summary>
    public static bool IsOpen(TableEntity gate) => gate.GetString(StatusProperty) == nameof(AssessmentStatus.Open);

    /// <summary>The transaction action that commits only if the gate is still as it was read (and bumps its ETag).</summary>
    public static TableTransactionAction Touch(TableEntity gate) =>
        new(TableTransactionActionType.UpdateReplace, new TableEntity(gate.PartitionKey, gate.RowKey) { [StatusProperty] = gate.GetString(StatusProperty) }, gate.ETag);

    /// <summary>Closes the gate; from then on every submission transaction fails. Idempotent.</summary>
    public async Task CloseAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        while (true)
        {
            var gate = await ReadAsync(assessment, cancellationToken).ConfigureAwait(false);
            if (!IsOpen(gate))
            {
                return;
            }

            try
            {
                await tables.Responses.UpdateEntityAsync(Entity(assessment.AgencyId, assessment.Id, AssessmentStatus.Closed), gate.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // A submission committed meanwhile; it is in. Read the gate again and close it.
            }
        }
    }

    private static TableEntity Entity(string agencyId, string assessmentId, AssessmentStatus status) =>
        new(TableKeys.ResponsePartition(agencyId, assessmentId), RowKey) { [StatusProperty] = status.ToString() };
}
