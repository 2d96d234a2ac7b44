using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage;

namespace WellnessAssessment.Api.Health;

/// <summary>
/// <c>GET /api/health</c>: liveness, and whether the store answers. A probe for the operator's monitoring, not part of
/// the client contract, so it stays out of the OpenAPI document.
/// </summary>
internal static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this RouteGroupBuilder api)
    {
        api.MapGet("/health", GetHealth).WithName("GetHealth").ExcludeFromDescription();
        return api;
    }

    public static async Task<Ok<HealthView>> GetHealth(WellnessTables tables, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        var store = await tables.PingAsync(timeout.Token).ConfigureAwait(false);
        return TypedResults.Ok(new HealthView(store ? "ok" : "degraded", store ? "ok" : "unavailable"));
    }
}
