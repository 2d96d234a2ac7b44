using WellnessAssessment.Http.Health;
using WellnessAssessment.Service.Health;

namespace WellnessAssessment.Functions.Health;

/// <summary><c>GET /api/health</c> (liveness, no store call) and <c>GET /api/health/ready</c> (readiness): the shared <see cref="HealthEndpoints"/>.</summary>
public sealed class HealthFunctions(HealthService health)
{
    /// <summary><c>GET /api/health</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("GetHealth")]
    public static IResult GetHealth([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) =>
        HealthEndpoints.GetHealth();

    /// <summary><c>GET /api/health/ready</c>: 200, or 503 while the table store cannot be reached.</summary>
    /// <param name="request">The request.</param>
    [Function("GetReadiness")]
    public Task<IResult> GetReadiness([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health/ready")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HealthEndpoints.GetReadiness(health, request.HttpContext.RequestAborted);
    }
}
