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
        var entity = Entity(agencyId, rowKey, auditEvent);
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

    /// <summary>
    /// Appends the event of one operation at most once: its row key is made of <paramref name="at"/> (a time the
    /// operation stored, such as an agency's creation or a cycle's closing), the kind and the cycle, so a workflow that is
    /// repeated to finish what it started (or whose write the SDK retried) finds its row and adds no second one.
    /// Returns the event as stored.
    /// </summary>
    public async Task<AuditEvent> AppendOnceAsync(string agencyId, AuditEventKind kind, string actor, string? assessmentId, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await tables.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var auditEvent = new AuditEvent(at, kind, actor, assessmentId, detail);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + kind + (assessmentId is null ? string.Empty : "-" + assessmentId);
        var entity = Entity(agencyId, rowKey, auditEvent);
        try
        {
            await tables.Audit.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return auditEvent;
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Written before: by the first run of this operation, or by this call before its answer was lost.
            var stored = (await tables.Audit.GetEntityAsync<TableEntity>(agencyId, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return new AuditEvent(stored.GetDateTimeOffset("At") ?? at, kind, stored.GetString("Actor"), assessmentId, stored.GetString("Detail"));
        }
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

    private static TableEntity Entity(string agencyId, string rowKey, AuditEvent auditEvent) => new(agencyId, rowKey)
    {
        ["At"] = auditEvent.At,
        ["Kind"] = auditEvent.Kind.ToString(),
        ["Actor"] = auditEvent.Actor,
        ["AssessmentId"] = auditEvent.AssessmentId,
        ["Detail"] = auditEvent.Detail,
    };
}
