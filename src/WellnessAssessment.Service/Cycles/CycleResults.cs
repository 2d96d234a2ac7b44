using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Responses;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Storage.Results;

namespace WellnessAssessment.Service.Cycles;

/// <summary>
/// A cycle's result and counts, computed by the core exactly once per closed cycle: an open cycle is scored from its
/// live responses on each request; a closed cycle's result is the snapshot stored when it closed (or, for a cycle
/// closed before snapshots existed, scored and stored on first read). When two requests store a snapshot at once,
/// both use the one that was stored first.
/// </summary>
public sealed class CycleResults(ResponseStore responses, ResultStore results, CycleStore assessments, InstrumentCatalog catalog, AssessmentScorer scorer)
{
    /// <summary>
    /// Whether the cycle's results (scores, reports, progress, peer view) may be read now: an anonymous survey releases
    /// them once, at close; a leadership self-assessment (named respondents) shows them live.
    /// </summary>
    public static bool IsReleased(StoredCycle assessment) =>
        assessment.Status != CycleStatus.Open || assessment.Purpose == WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment;

    /// <summary>The 409 problem for a read of results that are not released yet, or null when they are.</summary>
    public static Outcomes.Problem? NotReleased(StoredCycle assessment) =>
        IsReleased(assessment)
            ? null
            : Outcomes.Problem.Conflict("This is an anonymous survey: results are released when the cycle closes. Until then only the protected response counts are shown.");

    /// <summary>The closed cycle's snapshot, stored now if it was not yet.</summary>
    public async Task<ResultSnapshot> SnapshotAsync(StoredCycle closed, AgencyInfo agency, CancellationToken cancellationToken)
    {
        if (await results.ReadAsync(closed, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        var scored = await ScoreAsync(closed, agency, cancellationToken).ConfigureAwait(false);
        return await results.SaveAsync(closed, scored, cancellationToken).ConfigureAwait(false)
            ? scored
            : await results.ReadAsync(closed, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("The stored result disappeared.");
    }

    /// <summary>
    /// Respondents per group and, per group, its busiest window of online answers: live for an open cycle, from the
    /// snapshot (one point read) for a closed one.
    /// </summary>
    public async Task<CycleTallies> TalliesAsync(StoredCycle assessment, AgencyInfo agency, CancellationToken cancellationToken)
    {
        if (assessment.Status == CycleStatus.Open)
        {
            var counts = await responses.CountByGroupAsync(assessment, cancellationToken).ConfigureAwait(false);
            return new CycleTallies(counts, await BusiestWindowsAsync(assessment, cancellationToken).ConfigureAwait(false));
        }

        if (await results.ReadTalliesAsync(assessment, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return new CycleTallies(stored.Counts, stored.BusiestWindows, stored.IdenticalSheets);
        }

        var snapshot = await SnapshotAsync(assessment, agency, cancellationToken).ConfigureAwait(false);
        return new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows, snapshot.IdenticalSheets);
    }

    /// <summary>
    /// The core's participation report of the cycle against its headcounts, or null when it has none; for a closed
    /// cycle it flags identical sheets (counted at close, protected by the core: 1 … k−1 shown as "fewer than k").
    /// </summary>
    public ParticipationReport? Participation(StoredCycle assessment, CycleTallies tallies, int minimumGroupSize) =>
        assessment.Headcounts is { } headcounts && catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version) is { } instrument
            ? ParticipationCalculator.Compute(instrument.Groups, tallies.Counts, headcounts, minimumGroupSize, tallies.BusiestWindows) with
            {
                IdenticalSheets = tallies.IdenticalSheets is { } identical ? IdenticalSheets.Protect(identical, minimumGroupSize) : null,
            }
            : null;

    /// <summary>
    /// Each group's busiest window of online answers, read only where it is used: for a closed cycle's snapshot (so that
    /// headcounts given later, even after a purge, still get burst flags) and for an open cycle with headcounts.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, SubmissionWindow>?> BusiestWindowsAsync(StoredCycle assessment, CancellationToken cancellationToken) =>
        assessment.PurgedAt is null && (assessment.Status != CycleStatus.Open || assessment.Headcounts is not null)
            ? SubmissionWindows.Busiest(await responses.SubmissionTimesAsync(assessment, cancellationToken).ConfigureAwait(false), SubmissionWindows.DefaultLength)
            : null;

    /// <summary>The cycle's result with the trend against the agency's previous closed cycle of the same instrument: the same major version, or one a crosswalk links (also returned).</summary>
    /// <remarks>The current result carries its participation against the cycle's headcounts, when it has any.</remarks>
    public async Task<(AssessmentResult Current, AssessmentResult? Previous)> WithTrendAsync(StoredCycle assessment, AgencyInfo agency, CancellationToken cancellationToken) =>
        await WithTrendAsync(assessment, await PreviousClosedCycleAsync(assessment, cancellationToken).ConfigureAwait(false), agency, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The cycle's result with the trend against <paramref name="previousCycle"/>, the one <see cref="PreviousClosedCycleAsync"/>
    /// found (for a caller that needs that cycle too, so the agency's cycles are listed once per request).
    /// </summary>
    /// <param name="assessment">The cycle.</param>
    /// <param name="previousCycle">Its previous comparable closed cycle, or <see langword="null"/> for none.</param>
    /// <param name="agency">The agency as results show it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(AssessmentResult Current, AssessmentResult? Previous)> WithTrendAsync(StoredCycle assessment, StoredCycle? previousCycle, AgencyInfo agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var snapshot = assessment.Status == CycleStatus.Open
            ? await ScoreAsync(assessment, agency, cancellationToken).ConfigureAwait(false)
            : await SnapshotAsync(assessment, agency, cancellationToken).ConfigureAwait(false);
        var current = snapshot.Result with
        {
            Origin = OriginOf(assessment),
            Participation = Participation(assessment, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows, snapshot.IdenticalSheets), snapshot.Result.Options.MinimumGroupSize),
        };
        if (previousCycle is null)
        {
            return (current, null);
        }

        var previous = (await SnapshotAsync(previousCycle, agency with { Profile = previousCycle.Profile }, cancellationToken).ConfigureAwait(false)).Result;
        return (AssessmentScorer.WithTrend(current, previous), previous);
    }

    private async Task<ResultSnapshot> ScoreAsync(StoredCycle assessment, AgencyInfo agency, CancellationToken cancellationToken)
    {
        var stored = await responses.ReadAllAsync(assessment, cancellationToken).ConfigureAwait(false);
        var instrument = catalog.ResolveCompiled(assessment.Instrument);
        var purposeScorer = scorer.Options.Purpose == assessment.Purpose ? scorer : new AssessmentScorer(scorer.Options with { Purpose = assessment.Purpose });
        var result = purposeScorer.Score(instrument, new ResponseSet { Instrument = assessment.Instrument, Agency = agency with { Profile = assessment.Profile }, Responses = stored }) with
        {
            Origin = OriginOf(assessment),
        };
        var counts = stored.GroupBy(response => response.Group, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        // Identical sheets are counted where the responses are at hand: when the closed cycle's snapshot is taken.
        var identical = assessment.Status == CycleStatus.Open ? (int?)null : IdenticalSheets.CountOf(stored);
        return new ResultSnapshot(result, counts, default, await BusiestWindowsAsync(assessment, cancellationToken).ConfigureAwait(false), identical);
    }

    /// <summary>A cycle's answers are online or its one import (snapshots stored before results carried it read the cycle's).</summary>
    private static AnswerOrigin OriginOf(StoredCycle assessment) =>
        assessment.Origin == ResponseOrigin.Import ? AnswerOrigin.Import : AnswerOrigin.Online;
    /// <summary>
    /// The cycle's tallies (as <see cref="TalliesAsync"/>) and the focus areas the core suggests for a closed cycle that
    /// has none saved (from its stored result's plan; <see langword="null"/> for an open cycle or one with saved focus
    /// areas). A closed cycle without saved focus areas is read once: the tallies come with the snapshot the suggestion needs.
    /// </summary>
    /// <param name="assessment">The cycle.</param>
    /// <param name="agency">The agency as results show it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(CycleTallies Tallies, WellnessAssessment.ActionPlan.FocusAreas? Suggested)> TalliesAndSuggestionAsync(StoredCycle assessment, AgencyInfo agency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Status != CycleStatus.Closed || assessment.FocusAreas is not null)
        {
            return (await TalliesAsync(assessment, agency, cancellationToken).ConfigureAwait(false), null);
        }

        var snapshot = await SnapshotAsync(assessment, agency, cancellationToken).ConfigureAwait(false);
        return (new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows, snapshot.IdenticalSheets), WellnessAssessment.ActionPlan.FocusAreas.Suggest(snapshot.Result));
    }

    /// <summary>The agency's latest closed cycle before <paramref name="current"/> that a trend can compare with, if any.</summary>
    public async Task<StoredCycle?> PreviousClosedCycleAsync(StoredCycle current, CancellationToken cancellationToken) =>
        (await assessments.ListAsync(current.AgencyId, cancellationToken).ConfigureAwait(false))
            .Where(other => other.Id != current.Id
                && other.Status == CycleStatus.Closed
                && other.CreatedAt < current.CreatedAt
                && other.Instrument.Id == current.Instrument.Id
                && (other.Instrument.MajorVersion == current.Instrument.MajorVersion || catalog.FindCrosswalk(other.Instrument, current.Instrument) is not null))
            .OrderByDescending(other => other.CreatedAt)
            .FirstOrDefault();
}
