using Azure;
using System.Globalization;
using Azure.Data.Tables;
using WellnessAssessment.Storage.Infrastructure;

namespace WellnessAssessment.Storage.Audit;

/// <summary>
/// Each agency's append-only audit trail: one row per event in the agency's partition of the audit table, added (never
/// replaced or deleted) with a row key of the inverted time and a random suffix, so the newest events come first and two
/// events of the same tick never collide. Nothing in the API updates or deletes these rows.
/// </summary>
public sealed class AuditTrail(WellnessTables tables, TimeProvider clock)
{
    /// <summary>The most events <see cref="ReadAsync"/> returns.</summary>
    public const int MaxRead = 1000;

    /// <summary>Appends an event stamped with the injected clock, and returns it.</summary>
    public async Task<AuditEvent> AppendAsync(string agencyId, AuditEventKind kind, string actor, string? assessmentId, string? detail, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var auditEvent = new AuditEvent(clock.GetUtcNow(), kind, actor, assessmentId, detail);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - auditEvent.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + SecretKeys.Create(6).Replace('-', 'x').Replace('_', 'y');
        var entity = new TableEntity(agencyId, rowKey)
        {
            ["At"] = auditEvent.At,
            ["Kind"] = kind.ToString(),
            ["Actor"] = actor,
            ["AssessmentId"] = assessmentId,
            ["Detail"] = detail,
        };
        try
        {
            await tables.Audit.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // The row key ends in 6 random bytes: a conflict is our own row, committed before its answer was lost and retried.
        }

        return auditEvent;
    }

    /// <summary>The agency's events, newest first (at most <see cref="MaxRead"/>).</summary>
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(string agencyId, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<AuditEvent>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {agencyId}");
        await foreach (var entity in tables.Audit.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            events.Add(new AuditEvent(
                entity.GetDateTimeOffset("At") ?? default,
                Enum.Parse<AuditEventKind>(entity.GetString("Kind")),
                entity.GetString("Actor"),
                entity.GetString("AssessmentId"),
                entity.GetString("Detail")));
            if (events.Count == MaxRead)
            {
                break;
            }
        }

        return events;
    }
}
