using WellnessAssessment.Http.Access;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Assessments;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Norms;
using WellnessAssessment.Responses;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Benchmarks;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Benchmarks;

/// <summary>
/// Peer benchmarks: an agency opts a closed cycle in or out (agency key) and reads its comparison with peers; the
/// administrator rebuilds the deployment's benchmark from the opted-in cycles, or loads norms from a file (admin key).
/// </summary>
internal static class BenchmarkApi
{
    public static RouteGroupBuilder MapBenchmarkApi(this RouteGroupBuilder api)
    {
        var cycle = api.MapGroup("/agencies/{agencyId}/assessments/{assessmentId}").WithTags(ApiTags.Benchmarks).RequireAgencyKey().UsesStore();
        cycle.MapGet("/benchmark-contribution", GetContribution).WithName("GetBenchmarkContribution")
            .WithSummary("Does this cycle contribute to peer comparisons?")
            .WithDescription("Whether the cycle contributes its scores, anonymously, to the deployment's peer benchmark. Off unless the agency opted in.");
        cycle.MapPut("/benchmark-contribution", Contribute).WithName("ContributeToBenchmark")
            .WithSummary("Contribute this closed cycle, anonymously, to peer comparisons")
            .WithDescription("Opts the closed cycle in: from the next published rebuild, if it is an anonymous survey with at least 5 respondents, its scores (never its name, respondents or answers) count among the peers of other agencies, in its size band and among all agencies. Only the agency's latest contributed cycle of an instrument counts. An open cycle answers 409. Repeating it changes nothing.")
            .ProducesProblems(StatusCodes.Status409Conflict);
        cycle.MapDelete("/benchmark-contribution", Withdraw).WithName("WithdrawFromBenchmark")
            .WithSummary("Withdraw this cycle from peer comparisons")
            .WithDescription("Opts the cycle out again; it leaves the benchmark at the next published rebuild. Withdrawing a cycle that does not contribute changes nothing.");
        cycle.MapGet("/peer-comparison", GetPeerComparison).WithName("GetPeerComparison")
            .WithSummary("Compare a cycle's results with peer agencies")
            .WithDescription("The cycle's result compared with the deployment's benchmark of its instrument and major version: per domain, section and overall, the peers' statistics as their number allows (5–9 agencies: the median, rounded; 10–19: the quartiles; 20 or more: p10 to p90 and the mean), the position and, where a range is published, the percentile rank, among agencies of the same size band when at least 5 qualify, else among all agencies. The agency's own contribution is left out, and the statistics follow the number of the others. The status says why nothing is compared (no-qualifying-cell, own-contribution for a loaded file that holds the agency). 404 when the deployment has no benchmark for the instrument.")
            .Produces<PeerComparison>()
            .ProducesProblems(StatusCodes.Status409Conflict);

        var admin = api.MapGroup("/benchmarks").WithTags(ApiTags.Benchmarks).RequireAdminKey().UsesStore();
        admin.MapPost("/rebuild", Rebuild).WithName("RebuildBenchmark")
            .WithSummary("Rebuild the deployment's benchmark")
            .WithDescription("Rebuilds every instrument's benchmark from the opted-in closed anonymous cycles with at least 5 respondents (the latest per agency); cycles never opted in are never read. The rebuild is published only when at least 5 contributions (agencies added, withdrawn, or with changed scores) differ from the norms in force; otherwise those stay in force and the rebuild is kept as pending. Returns each benchmark with which norms are in force, their agencies and published cells, and the number of changed contributions.")
            .Produces<IReadOnlyList<BenchmarkSummary>>();
        admin.MapPut("/external", LoadExternal).WithName("LoadExternalBenchmark")
            .WithSummary("Load a benchmark file")
            .WithDescription("Loads norms built elsewhere ('wellness benchmark build' output) for their instrument and major version; they replace the deployment's own benchmark in comparisons until removed. Norms that break the anonymity rules (a cell under 5 agencies, figures in a withheld cell) answer 400.")
            .AcceptsJson<PeerNorms>()
            .Produces<BenchmarkSummary>();
        admin.MapDelete("/external/{instrumentId}/{majorVersion:int}", RemoveExternal).WithName("RemoveExternalBenchmark")
            .WithSummary("Remove a loaded benchmark file")
            .WithDescription("Removes the loaded norms of an instrument and major version; comparisons use the deployment's own benchmark again.")
            .Produces(StatusCodes.Status204NoContent);
        return api;
    }

    public static async Task<Results<Ok<BenchmarkContributionView>, ProblemHttpResult>> GetContribution(string agencyId, string assessmentId, AssessmentStore assessments, BenchmarkStore store, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is null)
        {
            return NoSuchCycle();
        }

        var contribution = await store.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new BenchmarkContributionView(assessmentId, contribution is not null, contribution?.OptedInAt));
    }

    public static async Task<Results<Ok<BenchmarkContributionView>, ProblemHttpResult>> Contribute(string agencyId, string assessmentId, AssessmentStore assessments, BenchmarkStore store, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (assessment.Status != AssessmentStatus.Closed)
        {
            return ApiProblems.Conflict("The cycle is still open; close it first, then contribute it to peer comparisons.");
        }

        var contribution = await store.OptInAsync(assessment, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new BenchmarkContributionView(assessmentId, true, contribution.OptedInAt));
    }

    public static async Task<Results<Ok<BenchmarkContributionView>, ProblemHttpResult>> Withdraw(string agencyId, string assessmentId, AssessmentStore assessments, BenchmarkStore store, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is null)
        {
            return NoSuchCycle();
        }

        await store.WithdrawAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new BenchmarkContributionView(assessmentId, false, null));
    }

    public static async Task<Results<Ok<PeerComparison>, ProblemHttpResult>> GetPeerComparison(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, DeploymentBenchmark benchmark, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (CycleResults.NotReleased(assessment) is { } notYet)
        {
            return ApiProblems.From(notYet);
        }

        var agency = new AgencyInfo(assessment.AgencyId, HttpCaller.Of(http).AgencyName ?? assessment.AgencyId) { Profile = assessment.Profile };
        var (result, _) = await results.WithTrendAsync(assessment, agency, cancellationToken).ConfigureAwait(false);
        return await benchmark.CompareAsync(result, cancellationToken).ConfigureAwait(false) is { } comparison
            ? TypedResults.Ok(comparison)
            : ApiProblems.NotFound($"The deployment has no peer benchmark for {assessment.Instrument.Id} {assessment.Instrument.MajorVersion}.x yet: agencies opt closed cycles in, then the administrator rebuilds it.");
    }

    public static async Task<Ok<IReadOnlyList<BenchmarkSummary>>> Rebuild(DeploymentBenchmark benchmark, CancellationToken cancellationToken) =>
        TypedResults.Ok(await benchmark.RebuildAsync(cancellationToken).ConfigureAwait(false));

    public static async Task<IResult> LoadExternal(HttpRequest request, BenchmarkStore store, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var (norms, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<PeerNorms>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            norms!.EnsureValid();
            await store.SaveExternalAsync(norms, cancellationToken).ConfigureAwait(false);
        }
        catch (AssessmentValidationException exception)
        {
            return ApiProblems.Invalid(exception);
        }
        catch (InvalidOperationException exception)
        {
            return ApiProblems.Unprocessable(exception.Message);
        }

        var overall = norms.FindCell(NormScope.Overall, null, null);
        return TypedResults.Ok(new BenchmarkSummary(norms.Instrument.Id, norms.Instrument.MajorVersion, "external", overall?.Agencies, norms.Cells.Count(c => !c.Withheld), true, norms.Contributions.Count, "rebuild"));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveExternal(string instrumentId, int majorVersion, BenchmarkStore store, CancellationToken cancellationToken) =>
        await store.DeleteExternalAsync(new NormsInstrument(instrumentId, majorVersion), cancellationToken).ConfigureAwait(false)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"No benchmark file is loaded for {instrumentId} {majorVersion}.x.");

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
