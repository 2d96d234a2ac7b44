using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Audit;

namespace WellnessAssessment.Http.Audit;

/// <summary><c>GET /api/agencies/{agencyId}/audit</c> (agency key).</summary>
public static class AuditEndpoints
{
    /// <summary><c>GET /api/agencies/{agencyId}/audit</c>: the audit trail, newest first.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="audit">The audit service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetAuditTrail(string agencyId, AuditService audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return OutcomeResults.ToResult(await audit.ReadAsync(agencyId, cancellationToken).ConfigureAwait(false));
    }
}
