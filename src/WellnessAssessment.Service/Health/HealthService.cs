using Microsoft.Extensions.Options;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage;

namespace WellnessAssessment.Service.Health;

/// <summary>
/// Liveness (answered by the process alone, no store call, so a store outage never gets a healthy instance restarted)
/// and readiness (refused while the table store cannot be reached, so a load balancer sends no traffic to an instance
/// that can do nothing).
/// </summary>
public sealed class HealthService(WellnessTables tables, IOptionsMonitor<WellnessApiOptions> options)
{
    /// <summary>The liveness answer: always <c>ok</c>.</summary>
    public static HealthView Live() => new("ok");

    /// <summary>Whether the store answers within <see cref="WellnessApiOptions.ReadinessTimeout"/>.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Ready, or an <see cref="ProblemKind.Unavailable"/> problem naming the store.</returns>
    public async Task<Outcome<ReadinessView>> ReadinessAsync(CancellationToken cancellationToken)
    {
        var limit = options.CurrentValue.ReadinessTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        if (await tables.PingAsync(timeout.Token).ConfigureAwait(false))
        {
            return Outcome.Found(new ReadinessView("ready", "ok"));
        }

        return new Problem(ProblemKind.Unavailable, "Not ready", $"The table store did not answer within {limit.TotalSeconds:0.#} s; this instance cannot serve requests that need it.")
        {
            Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["store"] = "unavailable" },
        };
    }
}
