using System.Globalization;
using System.Text;
using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Reports;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Register;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Register;

/// <summary>
/// An agency's action register: adopting a closed cycle's plan entries (a repeat leaves what is there unchanged), the
/// list, one action, edits of a named version (If-Match), the CSV and calendar exports, the progress of the previous
/// cycle's actions, and what a cycle's report shows of the register.
/// </summary>
public sealed class RegisterService(ActionRegisterStore store, CycleStore assessments, CycleService cycles, CycleResults results, InstrumentCatalog catalog, TimeProvider clock)
{
    /// <summary>The most plan entries one adoption may take by <c>top</c>.</summary>
    public const int MaxTop = 500;

    /// <summary>
    /// Adds plan entries of a closed cycle (the latest closed one when none is named) as planned actions: all of them,
    /// the first <c>top</c> by priority, or the chosen items. Entries already in the register are left unchanged.
    /// </summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="body">What to adopt.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was added and what was there already, 400, 404 or 409.</returns>
    public async Task<Outcome<AdoptionReceipt>> AdoptAsync(AgencyRequest request, AdoptRequest body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (Check(body) is { } invalid)
        {
            return invalid;
        }

        var found = await SourceCycleAsync(request, body.AssessmentId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Problem;
        }

        var cycle = found.Value!;
        var snapshot = await results.SnapshotAsync(cycle, CycleService.AgencyOf(request.Caller, cycle), cancellationToken).ConfigureAwait(false);
        var selection = body.Top is { } count ? AdoptionSelection.FirstEntries(count)
            : body.ItemIds is { } ids ? AdoptionSelection.Items(ids)
            : AdoptionSelection.All;
        var today = Today(clock);
        IReadOnlyList<RegisterAction> chosen;
        try
        {
            chosen = ActionAdoption.Adopt(snapshot.Result, selection, cycle.Id, today);
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }

        var existing = (await store.ListAsync(request.AgencyId, cancellationToken).ConfigureAwait(false)).Select(each => each.Action.Id).ToHashSet(StringComparer.Ordinal);
        var added = await store.AddAsync(request.AgencyId, [.. chosen.Where(action => !existing.Contains(action.Id))], cancellationToken).ConfigureAwait(false);
        var addedIds = added.Select(each => each.Action.Id).ToHashSet(StringComparer.Ordinal);
        return Outcome.Found(new AdoptionReceipt(
            cycle.Id, [.. added.Select(each => View(each, today))], [.. chosen.Select(action => action.Id).Where(id => !addedIds.Contains(id))]));
    }

    /// <summary>The columns of the register's CSV export, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "sourceCycle", "itemId", "domainId", "level", "recommendation", "owner", "assignee", "due", "status", "droppedReason", "overdue", "notes", "evidenceLink", "lastChange"];

    /// <summary>Every action of the agency's register in register order, with today's counts and each action's version and overdue flag.</summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<RegisterView>> ListAsync(AgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Today(clock);
        var stored = await InRegisterOrderAsync(request.AgencyId, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new RegisterView(today, RegisterSummary.Of(stored.Select(each => each.Action), today), [.. stored.Select(each => View(each, today))]));
    }

    /// <summary>One action with its version (also its <c>ETag</c> header), or 404.</summary>
    /// <param name="request">The agency, action and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ActionView>> GetAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsActionId(request.ActionId) || await store.GetAsync(request.AgencyId, request.ActionId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return NoSuchAction();
        }

        return Outcome.Found(View(stored, Today(clock))) with { Headers = ETagOf(stored) };
    }

    /// <summary>
    /// Sets every editable field of the version <paramref name="ifMatch"/> names; a status change adds a dated history
    /// entry. Refuses with 404 (no such action), the body's problem, 400 (no status, invalid fields), 428 (no
    /// <c>If-Match</c>) or 412 (the action changed since that version: nothing is written; the problem carries the
    /// current action and its <c>ETag</c>).
    /// </summary>
    /// <param name="request">The agency, action and caller.</param>
    /// <param name="body">The edit as read from the request, or why it could not be read.</param>
    /// <param name="ifMatch">The <c>If-Match</c> value, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ActionView>> UpdateAsync(ActionRequest request, Outcome<ActionEditRequest> body, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (!IsActionId(request.ActionId))
        {
            return NoSuchAction();
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var checkedEdit = EditOf(body.Value!);
        if (!checkedEdit.Succeeded)
        {
            return checkedEdit.Problem;
        }

        var edit = checkedEdit.Value!;

        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return new Problem(ProblemKind.PreconditionRequired, "Precondition required", "Send the version you edited in If-Match (the ETag of GET …/actions/{actionId}), so that an edit never overwrites one you have not seen.");
        }

        var today = Today(clock);
        var update = ActionVersions.FromIfMatch(ifMatch) is not { } expected
            ? new ActionUpdate(ActionUpdateStatus.Stale, await store.GetAsync(request.AgencyId, request.ActionId, cancellationToken).ConfigureAwait(false))
            : await store.UpdateAsync(request.AgencyId, request.ActionId, expected, action => edit.ApplyTo(action, today), cancellationToken).ConfigureAwait(false);
        if (update.Action is not { } stored)
        {
            return NoSuchAction();
        }

        return update.Status == ActionUpdateStatus.Stale
            ? new Problem(ProblemKind.PreconditionFailed, "Edited by someone else", "The action changed since the version in If-Match; nothing was written. `current` is the action as it is now: review it and send your edit again with its version.")
            {
                Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = stored.Version, ["current"] = View(stored, today) },
                Headers = ETagOf(stored),
            }
            : Outcome.Found(View(stored, today)) with { Headers = ETagOf(stored) };
    }

    /// <summary>The register as a CSV table: one row per action in register order (overdue judged today, UTC).</summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<RegisterTable>> ExportTableAsync(AgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = Today(clock);
        var stored = await InRegisterOrderAsync(request.AgencyId, cancellationToken).ConfigureAwait(false);
        return Outcome.Found(new RegisterTable($"{request.AgencyId}-actions.csv", Columns, [.. stored.Select(each => Row(each.Action, today))]));
    }

    /// <summary>The register as calendar to-dos: one per action in register order, named for the caller's agency.</summary>
    /// <param name="request">The agency and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<RegisterCalendar>> ExportCalendarAsync(AgencyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stored = await InRegisterOrderAsync(request.AgencyId, cancellationToken).ConfigureAwait(false);
        var name = request.Caller.AgencyName ?? request.AgencyId;
        return Outcome.Found(new RegisterCalendar(
            $"{request.AgencyId}-actions.ics", $"{name}: action register", clock.GetUtcNow(), [.. stored.Select(each => Todo(request.AgencyId, each.Action))]));
    }

    /// <summary>
    /// For the actions adopted from the previous closed cycle, what changed at this cycle (the core's progress report
    /// over the released, disclosure-gated results); 404 (no such cycle), 409 (results not released, or no earlier
    /// closed cycle to compare with).
    /// </summary>
    /// <param name="request">The later cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<ProgressView>> ProgressAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Read through the cycle service, so a close interrupted between its two writes is finished first.
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } cycle)
        {
            return CycleService.NoSuchCycle();
        }

        if (CycleResults.NotReleased(cycle) is { } notYet)
        {
            return notYet;
        }

        if (await results.PreviousClosedCycleAsync(cycle, cancellationToken).ConfigureAwait(false) is not { } previousCycle)
        {
            return Problem.Conflict("The agency has no earlier closed cycle of this instrument to compare this cycle with.");
        }

        var (current, previous) = await results.WithTrendAsync(cycle, previousCycle, CycleService.AgencyOf(request.Caller, cycle), cancellationToken).ConfigureAwait(false);
        var stored = await store.ListAsync(request.AgencyId, cancellationToken).ConfigureAwait(false);
        var register = new ActionRegister { Actions = [.. stored.Select(each => each.Action).Where(action => action.SourceCycle == previousCycle.Id)] };
        var report = ProgressCalculator.Compute(register, previous!, current, catalog.FindCrosswalk(previous!.Instrument, current.Instrument));
        return Outcome.Found(new ProgressView(cycle.Id, previousCycle.Id, report));
    }

    /// <summary>What the cycle's report shows of the register, or <see langword="null"/> when it holds nothing for this cycle or the previous one.</summary>
    /// <param name="assessment">The cycle reported.</param>
    /// <param name="current">Its result.</param>
    /// <param name="previous">The previous closed cycle's result, if any.</param>
    /// <param name="previousCycle">That cycle (<see cref="CycleResults.PreviousClosedCycleAsync"/>), if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ActionTracking?> TrackingAsync(StoredCycle assessment, AssessmentResult current, AssessmentResult? previous, StoredCycle? previousCycle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(current);
        var stored = await store.ListAsync(assessment.AgencyId, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return null;
        }

        var actions = stored.Select(each => each.Action).ToList();
        var own = new ActionRegister { Actions = [.. actions.Where(action => action.SourceCycle == assessment.Id)] };
        ProgressReport? progress = null;
        if (previous is not null && previousCycle is not null)
        {
            var earlier = new ActionRegister { Actions = [.. actions.Where(action => action.SourceCycle == previousCycle.Id)] };
            if (earlier.Actions.Count > 0)
            {
                progress = ProgressCalculator.Compute(earlier, previous, current, catalog.FindCrosswalk(previous.Instrument, current.Instrument));
            }
        }

        return own.Actions.Count == 0 && progress is null ? null : new ActionTracking(own, progress);
    }

    /// <summary>Today (UTC) by <paramref name="clock"/>: the day overdue is judged on.</summary>
    /// <param name="clock">The clock.</param>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>An action as the register shows it on <paramref name="today"/>.</summary>
    /// <param name="stored">The stored action and its version.</param>
    /// <param name="today">The day overdue is judged on.</param>
    public static ActionView View(StoredAction stored, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(stored.Version, stored.Action.IsOverdue(today), stored.Action);
    }

    /// <summary>The name of a status in exports: planned, in-progress, done or dropped.</summary>
    /// <param name="status">The status.</param>
    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "planned",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Done => "done",
        _ => "dropped",
    };

    /// <summary>
    /// The agency's actions in the order the register shows and exports them: the actions of the current focus areas
    /// (those saved for the agency's latest closed cycle that has any, in their rank order) first, then the rest; adoption
    /// order within each (<see cref="FocusOrder"/>). The one place that orders the register. Each register read lists
    /// the actions and the cycles once, both queries at the same time.
    /// </summary>
    private async Task<IReadOnlyList<StoredAction>> InRegisterOrderAsync(string agencyId, CancellationToken cancellationToken)
    {
        var actions = store.ListAsync(agencyId, cancellationToken);
        var cycles = assessments.ListAsync(agencyId, cancellationToken);
        await Task.WhenAll(actions, cycles).ConfigureAwait(false);
        return FocusOrder.FocusFirst(await actions.ConfigureAwait(false), FocusOrder.CurrentFocusAreas(await cycles.ConfigureAwait(false)));
    }

    /// <summary>The core's edit of a request, or 400 naming each place (a missing status, the edit's own rules).</summary>
    private static Outcome<ActionEdit> EditOf(ActionEditRequest body)
    {
        if (body.Status is not { } status)
        {
            return Problem.Invalid("request body", [new ValidationError("status", "is required (planned, in-progress, done or dropped)")]);
        }

        var edit = new ActionEdit
        {
            Assignee = body.Assignee,
            Due = body.Due,
            Status = status,
            DroppedReason = body.DroppedReason,
            Notes = body.Notes,
            EvidenceLink = body.EvidenceLink,
            StatusNote = body.StatusNote,
        };
        return edit.Validate() is { Count: > 0 } errors ? Problem.Invalid("request body", errors) : Outcome.Found(edit);
    }

    private static Dictionary<string, string> ETagOf(StoredAction stored) =>
        new(StringComparer.OrdinalIgnoreCase) { ["ETag"] = ActionVersions.EntityTag(stored.Version) };

    private static bool IsActionId(string actionId) =>
        actionId.Length <= (2 * Identifiers.MaxLength) + 1 && actionId.Length > 0 && actionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static Problem NoSuchAction() => Problem.NotFound("No such action in the agency's register.");

    private static string?[] Row(RegisterAction action, DateOnly today) =>
    [
        action.Id,
        action.SourceCycle,
        action.ItemId,
        action.DomainId,
        action.Level.ToString(CultureInfo.InvariantCulture),
        action.Recommendation,
        action.Owner,
        action.Assignee,
        action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatusName(action.Status),
        action.DroppedReason,
        action.IsOverdue(today) ? "yes" : "no",
        action.Notes,
        action.EvidenceLink,
        action.History.Count > 0 ? action.History[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
    ];

    private static RegisterTodo Todo(string agencyId, RegisterAction action)
    {
        var completed = action.Status == ActionStatus.Done && action.History.LastOrDefault(change => change.Status == ActionStatus.Done) is { } done
            ? new DateTimeOffset(done.Date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        var url = action.EvidenceLink is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : null;
        return new RegisterTodo($"{action.Id}@{agencyId}.wellness-assessment", action.Recommendation, Description(action), action.Status, action.Due, completed, url);
    }

    private static string Description(RegisterAction action)
    {
        var text = new StringBuilder();
        text.Append("Item: ").Append(action.ItemId).Append(" (").Append(action.DomainId).Append(')').Append('\n');
        text.Append("Owner: ").Append(action.Owner).Append('\n');
        text.Append("Assignee: ").Append(action.Assignee ?? "not assigned").Append('\n');
        text.Append("Status: ").Append(StatusName(action.Status));
        if (action.DroppedReason is { } reason)
        {
            text.Append(" (").Append(reason).Append(')');
        }

        if (action.Notes is { } notes)
        {
            text.Append('\n').Append("Notes: ").Append(notes);
        }

        return text.ToString();
    }

    private static Problem? Check(AdoptRequest body)
    {
        var errors = new List<ValidationError>();
        if (body.Top is { } top && top is < 1 or > MaxTop)
        {
            errors.Add(new ValidationError("top", $"must be from 1 to {MaxTop}"));
        }

        if (body.Top is not null && body.ItemIds is not null)
        {
            errors.Add(new ValidationError("itemIds", "give either top or itemIds, not both"));
        }
        else if (body.ItemIds is { Count: 0 })
        {
            errors.Add(new ValidationError("itemIds", "must name at least one item (leave it out to adopt the whole plan)"));
        }

        if (body.AssessmentId is { } requested && !TableKeys.IsValidId(requested))
        {
            errors.Add(new ValidationError("assessmentId", Identifiers.Rule));
        }

        return errors.Count > 0 ? Problem.Invalid("request body", errors) : null;
    }

    /// <summary>The closed cycle to adopt from: the named one (404 when missing, 409 while open) or the latest closed one (409 when none).</summary>
    private async Task<Outcome<StoredCycle>> SourceCycleAsync(AgencyRequest request, string? assessmentId, CancellationToken cancellationToken)
    {
        var agencyId = request.AgencyId;
        if (assessmentId is not null)
        {
            // Through the cycle service, so a close interrupted between its two writes is finished before adopting.
            return await cycles.FindAsync(new CycleRequest(agencyId, assessmentId, request.Caller, request.RequestRoot), cancellationToken).ConfigureAwait(false) switch
            {
                null => CycleService.NoSuchCycle(),
                { Status: not CycleStatus.Closed } => Problem.Conflict("Actions are adopted from a closed cycle's plan; close the cycle first."),
                var cycle => Outcome.Found(cycle),
            };
        }

        var latest = (await assessments.ListAsync(agencyId, cancellationToken).ConfigureAwait(false))
            .Where(each => each.Status == CycleStatus.Closed)
            .OrderByDescending(each => each.ClosedAt ?? each.CreatedAt)
            .FirstOrDefault();
        return latest is null ? Problem.Conflict("The agency has no closed cycle to adopt actions from.") : Outcome.Found(latest);
    }
}
