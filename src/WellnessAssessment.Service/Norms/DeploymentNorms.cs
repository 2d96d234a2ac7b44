using WellnessAssessment.Results;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Instruments;
using WellnessAssessment.Norms;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Norms;

namespace WellnessAssessment.Service.Norms;

/// <summary>
/// The deployment's peer benchmark: rebuilt from the opted-in closed anonymous cycles with at least k respondents (the
/// latest per agency, per instrument id and major version), published only when at least k contributions changed
/// since the norms in force, and compared with at request time. An agency that contributed is compared with norms
/// built without it (leave-one-out); norms the administrator loaded take precedence over the deployment's own.
/// </summary>
public sealed class DeploymentNorms(NormsStore store, CycleStore assessments, CycleResults results, InstrumentCatalog catalog)
{
    private readonly PeerNormsBuilder _builder = new();

    /// <summary>
    /// Rebuilds every instrument's benchmark from the opted-in closed cycles (the latest per agency; cycles never opted in
    /// are never read) and publishes it when at least k contributions changed since the norms in force.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One summary per instrument and major version that has contributions or published norms.</returns>
    public async Task<IReadOnlyList<BenchmarkSummary>> RebuildAsync(CancellationToken cancellationToken)
    {
        var contributions = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var instruments = catalog.Instruments.Select(i => new NormsInstrument(i.Id, i.Reference.MajorVersion ?? 0))
            .Concat(contributions.Select(c => new NormsInstrument(c.InstrumentId, new InstrumentReference(c.InstrumentId, c.InstrumentVersion).MajorVersion ?? 0)))
            .Distinct()
            .ToList();
        var summaries = new List<BenchmarkSummary>();
        foreach (var instrument in instruments)
        {
            var latest = contributions
                .Where(c => c.InstrumentId == instrument.Id && new InstrumentReference(c.InstrumentId, c.InstrumentVersion).MajorVersion == instrument.MajorVersion)
                .GroupBy(c => c.AgencyId, StringComparer.Ordinal)
                .Select(agency => agency.MaxBy(c => c.CycleCreatedAt)!)
                .OrderBy(c => c.AgencyId, StringComparer.Ordinal);
            var agencyResults = new List<AssessmentResult>();
            foreach (var contribution in latest)
            {
                if (await assessments.GetAsync(contribution.AgencyId, contribution.AssessmentId, cancellationToken).ConfigureAwait(false) is not { Status: CycleStatus.Closed } cycle)
                {
                    continue;
                }

                var agency = new AgencyInfo(cycle.AgencyId, cycle.AgencyId) { Profile = cycle.Profile };
                var result = (await results.SnapshotAsync(cycle, agency, cancellationToken).ConfigureAwait(false)).Result;

                // Only a closed anonymous survey with at least k respondents contributes.
                if (PeerNormsBuilder.CanContribute(result))
                {
                    agencyResults.Add(result);
                }
            }

            // Published only when at least k contributions changed since the published norms; else they stay in force.
            var published = await store.ReadDeploymentAsync(instrument, cancellationToken).ConfigureAwait(false);
            var changed = PeerNormsBuilder.CountChangedContributions(published, agencyResults);
            var publish = _builder.MayPublish(published, agencyResults);
            if (agencyResults.Count == 0 && published.Count == 0)
            {
                continue;
            }

            await store.SaveRebuildAsync(instrument, agencyResults, publish, cancellationToken).ConfigureAwait(false);
            var inForce = publish ? agencyResults : published;
            var norms = inForce.Count > 0 ? _builder.Build(inForce) : null;
            summaries.Add(new BenchmarkSummary(
                instrument.Id, instrument.MajorVersion, "deployment", norms is null ? null : inForce.Count, norms?.Cells.Count(c => !c.Withheld) ?? 0,
                publish, changed, publish ? "rebuild" : published.Count > 0 ? "previous" : "none"));
        }

        return summaries;
    }

    /// <summary>The result compared with the benchmark of its instrument, or <see langword="null"/> when the deployment has none.</summary>
    /// <param name="result">The cycle's result (its agency is left out of its peers).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<PeerComparison?> CompareAsync(AssessmentResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var instrument = new NormsInstrument(result.Instrument.Id, result.Instrument.MajorVersion ?? 0);
        if (await store.ReadExternalAsync(instrument, cancellationToken).ConfigureAwait(false) is { } external)
        {
            return PeerComparer.Compare(result, external);
        }

        var contributed = await store.ReadDeploymentAsync(instrument, cancellationToken).ConfigureAwait(false);
        if (contributed.Count == 0)
        {
            return null;
        }

        // Leave-one-out (the library's, as the CLI's --exclude-agency): the asking agency is not among its peers, and
        // each cell's statistics follow the number of the others.
        if (_builder.BuildWithout(contributed, result.Agency?.Id is { } own ? [own] : []) is not { } peers)
        {
            return new PeerComparison
            {
                Status = PeerComparisonStatus.NoQualifyingCell, Norms = instrument, SizeBand = result.Agency?.Profile?.Size,
                MinimumAgencies = NormsOptions.SmallestAllowedMinimumAgencies, Overall = null, Sections = [], Domains = [],
            };
        }

        return PeerComparer.Compare(result, peers);
    }
}
