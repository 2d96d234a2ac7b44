using WellnessAssessment.Functions.Hosting;
using WellnessAssessment.Http.Norms;
using WellnessAssessment.Service.Access;
using WellnessAssessment.Service.Norms;

namespace WellnessAssessment.Functions.Norms;

/// <summary>
/// Peer benchmarks: a cycle's contribution and peer comparison (agency key), the deployment's benchmark (admin key);
/// the shared <see cref="NormsEndpoints"/>.
/// </summary>
public sealed class NormsFunctions(NormsService benchmarks)
{
    private const string Cycle = "api/agencies/{agencyId}/assessments/{assessmentId}";
    private const string Admin = "api/benchmarks";

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/benchmark-contribution</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetBenchmarkContribution")]
    public Task<IResult> GetBenchmarkContribution([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/benchmark-contribution")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => NormsEndpoints.GetBenchmarkContribution(agencyId, assessmentId, http, benchmarks, cancellationToken));

    /// <summary><c>PUT /api/agencies/{agencyId}/assessments/{assessmentId}/benchmark-contribution</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("ContributeToBenchmark")]
    public Task<IResult> ContributeToBenchmark([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Cycle + "/benchmark-contribution")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => NormsEndpoints.ContributeToBenchmark(agencyId, assessmentId, http, benchmarks, cancellationToken));

    /// <summary><c>DELETE /api/agencies/{agencyId}/assessments/{assessmentId}/benchmark-contribution</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("WithdrawFromBenchmark")]
    public Task<IResult> WithdrawFromBenchmark([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Cycle + "/benchmark-contribution")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => NormsEndpoints.WithdrawFromBenchmark(agencyId, assessmentId, http, benchmarks, cancellationToken));

    /// <summary><c>GET /api/agencies/{agencyId}/assessments/{assessmentId}/peer-comparison</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="agencyId">The route's agency.</param>
    /// <param name="assessmentId">The route's cycle.</param>
    [Function("GetPeerComparison")]
    public Task<IResult> GetPeerComparison([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Cycle + "/peer-comparison")] HttpRequest request, string agencyId, string assessmentId) =>
        Authorized.RunAsync(request, KeyRequirement.AgencyKey, agencyId, (http, cancellationToken) => NormsEndpoints.GetPeerComparison(agencyId, assessmentId, http, benchmarks, cancellationToken));

    /// <summary><c>POST /api/benchmarks/rebuild</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("RebuildBenchmark")]
    public Task<IResult> RebuildBenchmark([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Admin + "/rebuild")] HttpRequest request) =>
        Authorized.RunAsync(request, KeyRequirement.AdminKey, null, (_, cancellationToken) => NormsEndpoints.RebuildBenchmark(benchmarks, cancellationToken));

    /// <summary><c>PUT /api/benchmarks/external</c>.</summary>
    /// <param name="request">The request.</param>
    [Function("LoadExternalBenchmark")]
    public Task<IResult> LoadExternalBenchmark([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Admin + "/external")] HttpRequest request) =>
        Authorized.RunAsync(request, KeyRequirement.AdminKey, null, (http, cancellationToken) => NormsEndpoints.LoadExternalBenchmark(http, benchmarks, cancellationToken));

    /// <summary><c>DELETE /api/benchmarks/external/{instrumentId}/{majorVersion}</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="instrumentId">The route's instrument.</param>
    /// <param name="majorVersion">The route's major version.</param>
    [Function("RemoveExternalBenchmark")]
    public Task<IResult> RemoveExternalBenchmark([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Admin + "/external/{instrumentId}/{majorVersion:int}")] HttpRequest request, string instrumentId, int majorVersion) =>
        Authorized.RunAsync(request, KeyRequirement.AdminKey, null, (_, cancellationToken) => NormsEndpoints.RemoveExternalBenchmark(instrumentId, majorVersion, benchmarks, cancellationToken));
}
