using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Storage;

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
        api.MapGet("/health", GetHealth).WithName("GetHealth").ExcludeFromDescription();
        api.MapGet("/health/ready", GetReadiness).WithName("GetReadiness").ExcludeFromDescription();
        return api;
    }

    public static Ok<HealthView> GetHealth() => TypedResults.Ok(new HealthView("ok"));

    public static async Task<Results<Ok<ReadinessView>, ProblemHttpResult>> GetReadiness(WellnessTables tables, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.ReadinessTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        if (await tables.PingAsync(timeout.Token).ConfigureAwait(false))
        {
            return TypedResults.Ok(new ReadinessView("ready", "ok"));
        }

        return TypedResults.Problem(
            detail: $"The table store did not answer within {limit.TotalSeconds:0.#} s; this instance cannot serve requests that need it.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Not ready",
            extensions: new Dictionary<string, object?> { ["store"] = "unavailable" });
    }
}
