using WellnessAssessment.Http.Cycles;
using WellnessAssessment.Http.Outcomes;
using WellnessAssessment.Http.Requests;
using WellnessAssessment.Norms;
using WellnessAssessment.Service.Norms;

namespace WellnessAssessment.Http.Norms;

/// <summary>
/// Peer benchmarks: a cycle's contribution and peer comparison (agency key,
/// <c>/api/agencies/{agencyId}/assessments/{assessmentId}/…</c>), and the deployment's benchmark (admin key, <c>/api/benchmarks/…</c>).
/// </summary>
public static class NormsEndpoints
{
    /// <summary><c>GET …/benchmark-contribution</c>: the contribution, 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetBenchmarkContribution(string agencyId, string assessmentId, HttpContext http, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.GetContributionAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT …/benchmark-contribution</c>: the contribution, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> ContributeToBenchmark(string agencyId, string assessmentId, HttpContext http, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.ContributeAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>DELETE …/benchmark-contribution</c>: the contribution (off), 404.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> WithdrawFromBenchmark(string agencyId, string assessmentId, HttpContext http, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.WithdrawAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>GET …/peer-comparison</c>: the comparison, 404, 409.</summary>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    /// <param name="http">The request's context.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> GetPeerComparison(string agencyId, string assessmentId, HttpContext http, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.ComparePeersAsync(CycleEndpoints.CycleOf(agencyId, assessmentId, http), cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>POST /api/benchmarks/rebuild</c>: one summary per benchmark.</summary>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> RebuildBenchmark(NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.RebuildAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>PUT /api/benchmarks/external</c>: the loaded benchmark's summary, 400, 413, 415, 422.</summary>
    /// <param name="http">The request's context.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> LoadExternalBenchmark(HttpContext http, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        var body = await HttpBody.ReadAsync<PeerNorms>(http, cancellationToken).ConfigureAwait(false);
        return OutcomeResults.ToResult(await benchmarks.LoadExternalAsync(body, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>DELETE /api/benchmarks/external/{instrumentId}/{majorVersion}</c>: 204, 404.</summary>
    /// <param name="instrumentId">The route's instrument.</param>
    /// <param name="majorVersion">The route's major version.</param>
    /// <param name="benchmarks">The benchmark service.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    public static async Task<IResult> RemoveExternalBenchmark(string instrumentId, int majorVersion, NormsService benchmarks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(benchmarks);
        return OutcomeResults.ToResult(await benchmarks.RemoveExternalAsync(instrumentId, majorVersion, cancellationToken).ConfigureAwait(false));
    }
}
