using WellnessAssessment.Norms;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Norms;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Norms;

/// <summary>
/// Peer benchmarks: an agency opts a closed cycle in or out and reads its comparison with peers (agency key); the
/// administrator rebuilds the deployment's benchmark from the opted-in cycles, or loads norms built elsewhere (admin key).
/// What a comparison may show is decided by the core's disclosure rules (<see cref="DeploymentNorms.CompareAsync"/>:
/// leave-one-out, at least k agencies per cell); this class never re-decides it.
/// </summary>
public sealed class NormsService(CycleService cycles, CycleResults results, NormsStore store, DeploymentNorms benchmark)
{
    /// <summary>Whether the cycle contributes to peer comparisons.</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contribution, or 404.</returns>
    public async Task<Outcome<BenchmarkContributionView>> GetContributionAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is null)
        {
            return CycleService.NoSuchCycle();
        }

        var contribution = await store.GetAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new BenchmarkContributionView(request.AssessmentId, contribution is not null, contribution?.OptedInAt));
    }

    /// <summary>Opts the closed cycle in (a repeat changes nothing; the first opt-in time stays).</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contribution, 404, or 409 while the cycle is open.</returns>
    public async Task<Outcome<BenchmarkContributionView>> ContributeAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        if (assessment.Status != CycleStatus.Closed)
        {
            return Problem.Conflict("The cycle is still open; close it first, then contribute it to peer comparisons.");
        }

        var contribution = await store.OptInAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new BenchmarkContributionView(request.AssessmentId, true, contribution.OptedInAt));
    }

    /// <summary>Opts the cycle out (withdrawing a cycle that does not contribute changes nothing).</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The contribution (off), or 404.</returns>
    public async Task<Outcome<BenchmarkContributionView>> WithdrawAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is null)
        {
            return CycleService.NoSuchCycle();
        }

        await store.WithdrawAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new BenchmarkContributionView(request.AssessmentId, false, null));
    }

    /// <summary>The cycle's released result compared with its peers (its own agency left out).</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The comparison, 404 (no cycle, or no benchmark for its instrument), or 409 while its results are not released.</returns>
    public async Task<Outcome<PeerComparison>> ComparePeersAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        if (CycleResults.NotReleased(assessment) is { } notYet)
        {
            return notYet;
        }

        var (result, _) = await results.WithTrendAsync(assessment, CycleService.AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        return await benchmark.CompareAsync(result, cancellationToken).ConfigureAwait(false) is { } comparison
            ? Outcome.Found(comparison)
            : Problem.NotFound($"The deployment has no peer benchmark for {assessment.Instrument.Id} {assessment.Instrument.MajorVersion}.x yet: agencies opt closed cycles in, then the administrator rebuilds it.");
    }

    /// <summary>Rebuilds every instrument's benchmark (see <see cref="DeploymentNorms.RebuildAsync"/>).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<IReadOnlyList<BenchmarkSummary>>> RebuildAsync(CancellationToken cancellationToken) =>
        Outcome.Found(await benchmark.RebuildAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Loads norms built elsewhere for their instrument and major version. Norms that break the anonymity rules answer a
    /// 400 naming the place; norms over the store's size limit a 422.
    /// </summary>
    /// <param name="body">The norms as the host read them, or why the body could not be read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The loaded benchmark's summary, 400 or 422 (or the body's problem).</returns>
    public async Task<Outcome<BenchmarkSummary>> LoadExternalAsync(Outcome<PeerNorms> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var norms = body.Value!;
        try
        {
            norms.Validate().ThrowIfInvalid();
            await store.SaveExternalAsync(norms, cancellationToken).ConfigureAwait(false);
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }
        catch (InvalidOperationException exception)
        {
            return Problem.OverLimit(exception.Message);
        }

        var overall = norms.FindCell(NormScope.Overall, null, null);
        return Outcome.Found(new BenchmarkSummary(norms.Instrument.Id, norms.Instrument.MajorVersion, "external", overall?.Agencies, norms.Cells.Count(c => !c.Withheld), true, norms.Contributions.Count, "rebuild"));
    }

    /// <summary>Removes the loaded norms of an instrument and major version.</summary>
    /// <param name="instrumentId">The instrument id.</param>
    /// <param name="majorVersion">Its major version.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Done, or 404 when none are loaded.</returns>
    public async Task<Outcome<NoValue>> RemoveExternalAsync(string instrumentId, int majorVersion, CancellationToken cancellationToken) =>
        await store.DeleteExternalAsync(new NormsInstrument(instrumentId, majorVersion), cancellationToken).ConfigureAwait(false)
            ? Outcome.Done()
            : Problem.NotFound($"No benchmark file is loaded for {instrumentId} {majorVersion}.x.");
}
