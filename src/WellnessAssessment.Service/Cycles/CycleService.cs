using Microsoft.Extensions.Options;
using WellnessAssessment.Disclosure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Events;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Requests;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Invitations;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Cycles;

/// <summary>
/// An agency's assessment cycles: open, list, read, set headcounts, import, close, purge. A close writes the cycle's
/// gate, then its row, then its result snapshot, then deletes its resume codes and records it; when it is interrupted
/// anywhere between, the next read or close of the cycle finishes it (and records it once), so a cycle never shows
/// "open" while refusing answers.
/// </summary>
public sealed class CycleService(
    CycleStore assessments,
    ResponseStore responses,
    InvitationStore invitations,
    DraftStore drafts,
    CycleResults results,
    AuditTrail audit,
    InstrumentCatalog catalog,
    ServiceEvents events,
    IOptionsMonitor<WellnessApiOptions> options,
    WellnessAssessment.Storage.Agencies.AgencyStore agencies)
{
    /// <summary>The longest cycle title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>Opens a cycle of a built-in instrument.</summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="body">The cycle to open.</param>
    /// <param name="requestKey">The request's Idempotency-Key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cycle (created), 400 or 422.</returns>
    public async Task<Outcome<AssessmentView>> CreateAsync(AgencyRequest request, CreateAssessmentRequest body, RequestKey requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(requestKey);
        var title = body.Title?.Trim();
        var errors = new List<ValidationError>();
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
        {
            errors.Add(new ValidationError("title", $"is required (at most {MaxTitleLength} characters)"));
        }

        var instrument = string.IsNullOrEmpty(body.InstrumentId) ? null : catalog.Find(body.InstrumentId, body.InstrumentVersion);
        if (instrument is null)
        {
            var known = string.Join(", ", catalog.Instruments.Select(i => $"{i.Id} {i.Version}"));
            errors.Add(new ValidationError(string.IsNullOrEmpty(body.InstrumentId) || catalog.Find(body.InstrumentId) is null ? "instrumentId" : "instrumentVersion", $"is not a built-in instrument (known: {known})"));
        }
        else if (body.Headcounts is { } headcounts)
        {
            errors.AddRange(HeadcountsValidation.Validate(headcounts, instrument));
        }

        if (errors.Count > 0)
        {
            return Problem.Invalid("request body", errors);
        }

        if (requestKey.Problem is { } badKey)
        {
            return badKey;
        }

        // A request's profile wins and is what the cycle keeps; without one the cycle takes the agency's (set once, on the agency).
        var profile = body.Profile is { IsEmpty: false } given
            ? given
            : (await agencies.GetAsync(request.AgencyId, cancellationToken).ConfigureAwait(false))?.Profile;
        StoredCycle created;
        try
        {
            created = await assessments.CreateAsync(request.AgencyId, title!, instrument!.Reference, profile, body.Headcounts, body.Purpose ?? ReleasePurpose.AnonymousSurvey, requestKey.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (requestKey.Value is not null)
        {
            return Problem.IdempotencyKeyReused("This Idempotency-Key was used for a cycle with another title, instrument or purpose; use a new key for a new cycle.");
        }

        await audit.AppendAsync(request.AgencyId, AuditEventKind.CycleOpened, request.Caller.Actor, created.Id, $"{created.Instrument.Id} {created.Instrument.Version}, {PurposeName(created.Purpose)}", cancellationToken).ConfigureAwait(false);
        events.CycleOpened(request.AgencyId, created.Id, created.Instrument.Id, created.Instrument.Version);
        return Outcome.Created(View(request.RequestRoot, created, CycleTallies.Empty), $"/api/agencies/{request.AgencyId}/assessments/{created.Id}");
    }

    /// <summary>Every cycle of the agency with its protected counts (finishing any close that was interrupted).</summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<IReadOnlyList<AssessmentView>>> ListAsync(AgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var views = new List<AssessmentView>();
        foreach (var listed in await assessments.ListAsync(request.AgencyId, cancellationToken).ConfigureAwait(false))
        {
            var assessment = await SettledAsync(listed, request.Caller, cancellationToken).ConfigureAwait(false);
            var tallies = await results.TalliesAsync(assessment, AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
            views.Add(View(request.RequestRoot, assessment, tallies));
        }

        return Outcome.Found<IReadOnlyList<AssessmentView>>(views);
    }

    /// <summary>One cycle with its protected counts (finishing its close if that was interrupted).</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cycle, or 404.</returns>
    public async Task<Outcome<AssessmentView>> GetAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (tallies, suggested) = await results.TalliesAndSuggestionAsync(assessment, AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(View(request.RequestRoot, assessment, tallies, suggested));
    }

    /// <summary>
    /// Sets or clears the cycle's expected headcounts. They may change while the cycle is open and freeze at close: a
    /// closed cycle that never had headcounts may be given them once; a purged one never.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="body">The headcounts as the host read them (empty clears them), or why the body could not be read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cycle as it now is, 400, 404 or 409.</returns>
    public async Task<Outcome<AssessmentView>> SetHeadcountsAsync(CycleRequest request, Outcome<Headcounts> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (await FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var headcounts = body.Value!;

        // Headcounts freeze at close, so that no figure published at close changes afterwards (and nobody can probe the
        // closed counts by trying headcounts): a closed cycle may get them once, if it never had any; a purged one never.
        if (assessment.PurgedAt is not null)
        {
            return Problem.Conflict("The cycle's responses were purged; its headcounts can no longer be changed.");
        }

        if (assessment.Status != CycleStatus.Open && (assessment.Headcounts is not null || headcounts.IsEmpty))
        {
            return Problem.Conflict("The cycle is closed: its headcounts froze at close. A closed cycle that never had headcounts may be given them once.");
        }

        var errors = HeadcountsValidation.Validate(headcounts, catalog.Resolve(assessment.Instrument), path: string.Empty);
        if (errors.Count > 0)
        {
            return Problem.Invalid("headcounts", errors);
        }

        if (await assessments.SetHeadcountsAsync(assessment, headcounts, cancellationToken).ConfigureAwait(false) is not { } updated)
        {
            return Problem.Conflict("The cycle changed while its headcounts were being set (it was closed, or another change finished first); nothing was changed. Try again.");
        }

        await audit.AppendAsync(request.AgencyId, AuditEventKind.HeadcountsChanged, request.Caller.Actor, updated.Id, updated.Headcounts is { } set ? Staff(set) : "cleared", cancellationToken).ConfigureAwait(false);
        var tallies = await results.TalliesAsync(updated, AgencyOf(request.Caller, updated), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(View(request.RequestRoot, updated, tallies));
    }

    /// <summary>
    /// Imports a whole response set into an open cycle: all of it or nothing. A cycle takes online answers or one import,
    /// never both; a repeat with the accepted import's Idempotency-Key answers the same and changes nothing.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="body">The response set as the host read it, or why the body could not be read.</param>
    /// <param name="requestKey">The request's Idempotency-Key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The receipt, 400, 404 or 409 (or the body's problem).</returns>
    public async Task<Outcome<ImportReceipt>> ImportAsync(CycleRequest request, Outcome<ResponseSet> body, RequestKey requestKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(requestKey);
        var (agencyId, assessmentId) = (request.AgencyId, request.AssessmentId);
        if (await FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (!body.Succeeded)
        {
            events.ImportRefused(agencyId, assessmentId, "unreadable body");
            return body.Problem;
        }

        var set = body.Value!;

        if (assessment.Status != CycleStatus.Open)
        {
            events.ImportRefused(agencyId, assessmentId, "cycle closed");
            return Problem.Conflict("The cycle is closed; responses can no longer be imported.");
        }

        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(set);
        if (errors.Count > 0)
        {
            events.ImportInvalid(agencyId, assessmentId, errors.Count);
            return Problem.Invalid("response set", errors);
        }

        if (requestKey.Problem is { } badKey)
        {
            return badKey;
        }

        switch (await responses.ImportOnceAsync(assessment, set.Responses, assessments, requestKey.Value, cancellationToken).ConfigureAwait(false))
        {
            case ImportOutcome.AlreadyImported:
                events.ImportRefused(agencyId, assessmentId, "the cycle already took its one import");
                return Problem.Conflict("The cycle already took its one import; a cycle takes one import only, and nothing was imported. Open a new cycle for another response set.");
            case ImportOutcome.OnlineAnswers:
                events.ImportRefused(agencyId, assessmentId, "the cycle has online answers");
                return Problem.Conflict("The cycle already has answers submitted through its link; a cycle takes online answers or one import, never both, and nothing was imported. Open a new cycle for the import.");
            case ImportOutcome.Changed:
                events.ImportRefused(agencyId, assessmentId, "cycle changed during the import");
                return Problem.Conflict("The cycle changed during the import (it was closed, or another import finished first); nothing was imported.");
        }

        var imported = Shown(set.Responses.Count);
        // A repeat of the accepted import (same Idempotency-Key) changes nothing, and records nothing a second time.
        if (assessment.Origin != ResponseOrigin.Import || !await IsRecordedAsync(assessment, AuditEventKind.ImportAccepted, cancellationToken).ConfigureAwait(false))
        {
            await audit.AppendAsync(agencyId, AuditEventKind.ImportAccepted, request.Caller.Actor, assessment.Id, Responses(imported), cancellationToken).ConfigureAwait(false);
        }

        var said = Count(imported);
        events.ImportAccepted(agencyId, assessmentId, said);
        return Outcome.Found(new ImportReceipt(set.Responses.Count));
    }

    /// <summary>
    /// Closes the cycle: no more answers or imports; its result is computed and stored now, once. A cycle that is
    /// already closed answers 409, after finishing whatever an interrupted close left undone.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The closed cycle, 404 or 409.</returns>
    public async Task<Outcome<AssessmentView>> CloseAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TableKeys.IsValidId(request.AssessmentId)
            || await assessments.GetAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (await assessments.CloseAsync(assessment, cancellationToken).ConfigureAwait(false) is not { } closed)
        {
            // Closed before: make sure that close finished (snapshot, resume codes, audit entry), then refuse as always.
            var earlier = assessment.Status == CycleStatus.Closed
                ? assessment
                : await assessments.GetAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false);
            if (earlier is { Status: CycleStatus.Closed })
            {
                await FinishCloseAsync(earlier, request.Caller, knownUnrecorded: false, cancellationToken).ConfigureAwait(false);
            }

            return Problem.Conflict("The cycle is already closed.");
        }

        var snapshot = await FinishCloseAsync(closed, request.Caller, knownUnrecorded: true, cancellationToken).ConfigureAwait(false);
        var said = Count(ShownTotal(closed, snapshot.CountsByGroup));
        events.CycleClosed(request.AgencyId, request.AssessmentId, said);
        return Outcome.Found(View(request.RequestRoot, closed, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows, snapshot.IdenticalSheets), WellnessAssessment.ActionPlan.FocusAreas.Suggest(snapshot.Result)));
    }

    /// <summary>
    /// Deletes a closed cycle's individual responses and keeps its stored result: the snapshot is made sure of first,
    /// then the cycle is marked purged (from then on every reader uses the snapshot only), then the rows are deleted.
    /// Repeating it finishes a purge that was interrupted.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The purged cycle, 404 or 409.</returns>
    public async Task<Outcome<AssessmentView>> PurgeAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (assessment.Status == CycleStatus.Open)
        {
            return Problem.Conflict("The cycle is open; close it before purging its responses.");
        }

        var snapshot = await results.SnapshotAsync(assessment, AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        var purged = assessment;
        if (assessment.PurgedAt is null)
        {
            purged = await assessments.MarkPurgedAsync(assessment, cancellationToken).ConfigureAwait(false);
            if (purged is null)
            {
                return Problem.Conflict("The cycle changed while purging; nothing was deleted. Try again.");
            }
        }

        await responses.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false);
        await invitations.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false); // which respondent id held which code
        await drafts.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false); // any draft a close left behind
        if (assessment.PurgedAt is null || !await IsRecordedAsync(purged, AuditEventKind.CyclePurged, cancellationToken).ConfigureAwait(false))
        {
            // Keyed by the purge time the row keeps, so a repeat that finishes an interrupted purge records it once.
            await audit.AppendOnceAsync(request.AgencyId, AuditEventKind.CyclePurged, request.Caller.Actor, purged.Id, Responses(ShownTotal(purged, snapshot.CountsByGroup)), purged.PurgedAt!.Value, cancellationToken).ConfigureAwait(false);
        }

        return Outcome.Found(View(request.RequestRoot, purged, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows, snapshot.IdenticalSheets)));
    }

    /// <summary>
    /// The cycle of the request, or <see langword="null"/> when its id is invalid or no such cycle exists; a cycle whose
    /// close was interrupted between the gate and the row is closed now (see <see cref="SettledAsync"/>).
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<StoredCycle?> FindAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TableKeys.IsValidId(request.AssessmentId)
            && await assessments.GetAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false) is { } found
            ? await SettledAsync(found, request.Caller, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The cycle as it must be read: an open cycle whose gate a close already shut (the close was interrupted before it
    /// wrote the row) is closed now and its close finished, so it never shows "open" while refusing answers.
    /// </summary>
    private async Task<StoredCycle> SettledAsync(StoredCycle assessment, Access.Caller caller, CancellationToken cancellationToken)
    {
        if (assessment.Status != CycleStatus.Open || !await assessments.IsClosingAsync(assessment, cancellationToken).ConfigureAwait(false))
        {
            return assessment;
        }

        var closed = await assessments.CloseAsync(assessment, cancellationToken).ConfigureAwait(false)
            ?? await assessments.GetAsync(assessment.AgencyId, assessment.Id, cancellationToken).ConfigureAwait(false)
            ?? assessment;
        if (closed.Status == CycleStatus.Closed)
        {
            await FinishCloseAsync(closed, caller, knownUnrecorded: false, cancellationToken).ConfigureAwait(false);
        }

        return closed;
    }

    /// <summary>
    /// What a close does after its row says closed, each step safe to repeat: the result snapshot (stored once), the
    /// resume codes (deleted), the audit entry (written once, keyed by the closing time).
    /// </summary>
    private async Task<Storage.Results.ResultSnapshot> FinishCloseAsync(StoredCycle closed, Access.Caller caller, bool knownUnrecorded, CancellationToken cancellationToken)
    {
        // The result is computed and stored now, once; every later read of this closed cycle reads the snapshot.
        var snapshot = await results.SnapshotAsync(closed, AgencyOf(caller, closed), cancellationToken).ConfigureAwait(false);
        await drafts.DeleteAllAsync(closed, cancellationToken).ConfigureAwait(false); // resume codes stop working at close
        if (knownUnrecorded || !await IsRecordedAsync(closed, AuditEventKind.CycleClosed, cancellationToken).ConfigureAwait(false))
        {
            var at = closed.ClosedAt ?? closed.CreatedAt;
            await audit.AppendOnceAsync(closed.AgencyId, AuditEventKind.CycleClosed, caller.Actor, closed.Id, Responses(ShownTotal(closed, snapshot.CountsByGroup)), at, cancellationToken).ConfigureAwait(false);
        }

        return snapshot;
    }

    /// <summary>Whether the trail already records an event of the cycle (also one written before such events were keyed by their time).</summary>
    private async Task<bool> IsRecordedAsync(StoredCycle cycle, AuditEventKind kind, CancellationToken cancellationToken) =>
        (await audit.ReadAsync(cycle.AgencyId, cancellationToken).ConfigureAwait(false))
            .Any(entry => entry.Kind == kind && entry.AssessmentId == cycle.Id);

    private AssessmentView View(string requestRoot, StoredCycle assessment, CycleTallies tallies, WellnessAssessment.ActionPlan.FocusAreas? suggested = null) =>
        CycleViews.Create(SurveyLinks.Root(requestRoot, options.CurrentValue), assessment, tallies, results, catalog, suggested);

    /// <summary>The agency as results show it: the caller's agency name when it is that agency, with the cycle's profile.</summary>
    /// <param name="caller">Who asked.</param>
    /// <param name="assessment">The cycle.</param>
    public static AgencyInfo AgencyOf(Access.Caller caller, StoredCycle assessment)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(assessment);
        return new(assessment.AgencyId, caller.AgencyName ?? assessment.AgencyId) { Profile = assessment.Profile };
    }

    /// <summary>The 404 of a cycle that does not exist.</summary>
    public static Problem NoSuchCycle() => Problem.NotFound("No such assessment cycle.");

    private static string Staff(Headcounts headcounts) =>
        headcounts.Total is { } total ? $"{total} staff in total, {headcounts.Groups.Count} groups" : $"{headcounts.Groups.Values.Sum()} staff in {headcounts.Groups.Count} groups";

    private static string PurposeName(ReleasePurpose purpose) =>
        purpose == ReleasePurpose.LeadershipSelfAssessment ? "leadership-self-assessment" : "anonymous-survey";

    /// <summary>
    /// The cycle's total as the cycle view shows it (the results' release pattern), or null where the view
    /// withholds it: what audit entries and events may say.
    /// </summary>
    private int? ShownTotal(StoredCycle assessment, IReadOnlyDictionary<string, int> counts)
    {
        var groups = catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version)?.Groups ?? [];
        return groups.Count == 0
            ? Shown(counts.Values.Sum())
            : ParticipationCounts.Protect(groups, counts, ScoringOptions.Default.MinimumGroupSize).Total;
    }

    /// <summary>A count as records may say it: null (withheld) when it is between 1 and k − 1.</summary>
    private static int? Shown(int count) => count is > 0 and var n && n < ScoringOptions.Default.MinimumGroupSize ? null : count;

    private static string Count(int? shown) => shown is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"fewer than {ScoringOptions.Default.MinimumGroupSize}";

    private static string Responses(int? count) => count switch
    {
        null => $"fewer than {ScoringOptions.Default.MinimumGroupSize} responses",
        1 => "1 response",
        _ => $"{count} responses",
    };
}
