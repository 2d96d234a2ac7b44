using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Http.Norms;
using WellnessAssessment.Norms;
using WellnessAssessment.Service.Norms;

namespace WellnessAssessment.Api.Norms;

/// <summary>
/// Peer benchmarks: an agency opts a closed cycle in or out (agency key) and reads its comparison with peers; the
/// administrator rebuilds the deployment's benchmark from the opted-in cycles, or loads norms from a file (admin key).
/// </summary>
internal static class NormsApi
{
    public static RouteGroupBuilder MapNormsApi(this RouteGroupBuilder api)
    {
        var cycle = api.MapGroup("/agencies/{agencyId}/assessments/{assessmentId}").WithTags(ApiTags.Benchmarks).RequireAgencyKey().UsesStore();
        cycle.MapGet("/benchmark-contribution", NormsEndpoints.GetBenchmarkContribution).WithName("GetBenchmarkContribution")
            .WithSummary("Does this cycle contribute to peer comparisons?")
            .WithDescription("Whether the cycle contributes its scores, anonymously, to the deployment's peer benchmark. Off unless the agency opted in.")
            .Produces<BenchmarkContributionView>();
        cycle.MapPut("/benchmark-contribution", NormsEndpoints.ContributeToBenchmark).WithName("ContributeToBenchmark")
            .WithSummary("Contribute this closed cycle, anonymously, to peer comparisons")
            .WithDescription("Opts the closed cycle in: from the next published rebuild, if it is an anonymous survey with at least 5 respondents, its scores (never its name, respondents or answers) count among the peers of other agencies, in its size band and among all agencies. Only the agency's latest contributed cycle of an instrument counts. An open cycle answers 409. Repeating it changes nothing.")
            .Produces<BenchmarkContributionView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        cycle.MapDelete("/benchmark-contribution", NormsEndpoints.WithdrawFromBenchmark).WithName("WithdrawFromBenchmark")
            .WithSummary("Withdraw this cycle from peer comparisons")
            .WithDescription("Opts the cycle out again; it leaves the benchmark at the next published rebuild. Withdrawing a cycle that does not contribute changes nothing.")
            .Produces<BenchmarkContributionView>();
        cycle.MapGet("/peer-comparison", NormsEndpoints.GetPeerComparison).WithName("GetPeerComparison")
            .WithSummary("Compare a cycle's results with peer agencies")
            .WithDescription("The cycle's result compared with the deployment's benchmark of its instrument and major version: per domain, section and overall, the peers' statistics as their number allows (5–9 agencies: the median, rounded; 10–19: the quartiles; 20 or more: p10 to p90 and the mean), the position and, where a range is published, the percentile rank, among agencies of the same size band when at least 5 qualify, else among all agencies. The agency's own contribution is left out, and the statistics follow the number of the others. The status says why nothing is compared (no-qualifying-cell, own-contribution for a loaded file that holds the agency). 404 when the deployment has no benchmark for the instrument.")
            .Produces<PeerComparison>()
            .ProducesProblems(StatusCodes.Status409Conflict);

        var admin = api.MapGroup("/benchmarks").WithTags(ApiTags.Benchmarks).RequireAdminKey().UsesStore();
        admin.MapPost("/rebuild", NormsEndpoints.RebuildBenchmark).WithName("RebuildBenchmark")
            .WithSummary("Rebuild the deployment's benchmark")
            .WithDescription("Rebuilds every instrument's benchmark from the opted-in closed anonymous cycles with at least 5 respondents (the latest per agency); cycles never opted in are never read. The rebuild is published only when at least 5 contributions (agencies added, withdrawn, or with changed scores) differ from the norms in force; otherwise those stay in force and the rebuild is kept as pending. Returns each benchmark with which norms are in force, their agencies and published cells, and the number of changed contributions.")
            .Produces<IReadOnlyList<BenchmarkSummary>>();
        admin.MapPut("/external", NormsEndpoints.LoadExternalBenchmark).WithName("LoadExternalBenchmark")
            .WithSummary("Load a benchmark file")
            .WithDescription("Loads norms built elsewhere ('wellness benchmark build' output) for their instrument and major version; they replace the deployment's own benchmark in comparisons until removed. Norms that break the anonymity rules (a cell under 5 agencies, figures in a withheld cell) answer 400.")
            .AcceptsJson<PeerNorms>()
            .Produces<BenchmarkSummary>();
        admin.MapDelete("/external/{instrumentId}/{majorVersion:int}", NormsEndpoints.RemoveExternalBenchmark).WithName("RemoveExternalBenchmark")
            .WithSummary("Remove a loaded benchmark file")
            .WithDescription("Removes the loaded norms of an instrument and major version; comparisons use the deployment's own benchmark again.")
            .Produces(StatusCodes.Status204NoContent);
        return api;
    }
}
