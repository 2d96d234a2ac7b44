using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Audit;

namespace WellnessAssessment.Service.Audit;

/// <summary>An agency's audit trail as the agency reads it: who did what and when, newest first.</summary>
public sealed class AuditService(AuditTrail audit)
{
    /// <summary>The agency's audit entries, newest first (at most <see cref="AuditTrail.MaxRead"/>).</summary>
    /// <param name="agencyId">The agency (authorized by the host).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Outcome<IReadOnlyList<AuditEntry>>> ReadAsync(string agencyId, CancellationToken cancellationToken)
    {
        var events = await audit.ReadAsync(agencyId, cancellationToken).ConfigureAwait(false);
        return Outcome.Found<IReadOnlyList<AuditEntry>>([.. events.Select(e => new AuditEntry(e.At, AuditEvents.Name(e.Kind), e.Actor, e.AssessmentId, e.Detail))]);
    }
}
