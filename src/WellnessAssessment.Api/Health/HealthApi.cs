using WellnessAssessment.Http.Health;
namespace WellnessAssessment.Api.Health;

/// <summary>
/// <c>GET /api/health</c>: liveness, answered by the process alone (no store call), so a store outage never gets a
/// healthy instance restarted. <c>GET /api/health/ready</c>: readiness, 503 while the table store cannot be reached, so
/// a load balancer sends no traffic to an instance that can do nothing. Probes for the operator's monitoring, not
/// part of the client contract, so both stay out of the OpenAPI document.
/// </summary>
internal static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health", HealthEndpoints.GetHealth).WithName("GetHealth").ExcludeFromDescription();
        api.MapGet("/health/ready", HealthEndpoints.GetReadiness).WithName("GetReadiness").ExcludeFromDescription();
        return api;
    }
}
