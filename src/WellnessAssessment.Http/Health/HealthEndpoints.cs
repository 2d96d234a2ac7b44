using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Service.Health;

namespace WellnessAssessment.Http.Health;

/// <summary>
/// <c>GET /api/health</c> (liveness, no store call) and <c>GET /api/health/ready</c> (readiness, 503 while the table store
/// cannot be reached). Probes for the operator's monitoring, not part of the client contract.
/// </summary>
public static class HealthEndpoints
{
    /// <summary><c>GET /api/health</c>.</summary>
    public static Ok<HealthView> GetHealth() => TypedResults.Ok(HealthService.Live());

    /// <summary><c>GET /api/health/ready</c>.</summary>
    /// <param name="health">The health service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetReadiness(HealthService health, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(health);
        return OutcomeResults.ToResult(await health.ReadinessAsync(cancellationToken).ConfigureAwait(false));
    }
}
