using Azure;
using Azure.Data.Tables;

namespace WellnessAssessment.Storage;

/// <summary>The tables, created on first use.</summary>
public sealed class WellnessTables(TableServiceClient service, WellnessStorageOptions options)
{
    private volatile bool _ready;

    /// <summary>Agencies: partition <c>agency</c>, row key the agency id.</summary>
    public TableClient Agencies { get; } = service.GetTableClient(options.TablePrefix + "agencies");

    /// <summary>Assessment cycles: partition the agency id, row key the assessment id; plus token rows in partition <c>token</c>.</summary>
    public TableClient Assessments { get; } = service.GetTableClient(options.TablePrefix + "assessments");

    /// <summary>Responses: one partition per cycle (and per staged import), row key a hash of the respondent id.</summary>
    public TableClient Responses { get; } = service.GetTableClient(options.TablePrefix + "responses");

    /// <summary>Stored results of closed cycles: partition <c>{agency}|{cycle}</c>, rows <c>0000</c> (header) and the compressed result's chunks.</summary>
    public TableClient Results { get; } = service.GetTableClient(options.TablePrefix + "results");

    /// <summary>The append-only audit trail: partition the agency id, row key the event's time and a random suffix.</summary>
    public TableClient Audit { get; } = service.GetTableClient(options.TablePrefix + "audit");

    /// <summary>Action registers: partition the agency id, row key the action id.</summary>
    public TableClient Actions { get; } = service.GetTableClient(options.TablePrefix + "actions");
    /// <summary>Invitation codes: partition <c>{agency}|{cycle}</c>, row key the code's hash; row <c>~codes</c> counts those issued.</summary>
    public TableClient Invitations { get; } = service.GetTableClient(options.TablePrefix + "invitations");
    /// <summary>Drafts under resume codes: partition <c>{agency}|{cycle}</c>, row key the SHA-256 of the code.</summary>
    public TableClient Drafts { get; } = service.GetTableClient(options.TablePrefix + "drafts");

    /// <summary>Creates the tables if they do not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        // Creating a table that exists is harmless, so concurrent first calls need no lock.
        await Agencies.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Assessments.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Responses.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Results.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Audit.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Actions.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Invitations.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Drafts.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        _ready = true;
    }

    /// <summary>Whether the store answers a one-row read of the agencies table (for the readiness check).</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var _ in Agencies.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // The tables are gone (a local store started afresh): create them again on the next call.
            _ready = false;
            return false;
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }
}
