using WellnessAssessment.Instruments;
using WellnessAssessment.Register;
using WellnessAssessment.Reports;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Register;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Register;

/// <summary>
/// An agency's action register: adopting a closed cycle's plan entries (a repeat leaves what is there unchanged) and
/// what a cycle's report shows of the register.
/// </summary>
public sealed class RegisterService(ActionRegisterStore store, AssessmentStore assessments, CycleResults results, InstrumentCatalog catalog, TimeProvider clock)
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

        var found = await SourceCycleAsync(request.AgencyId, body.AssessmentId, cancellationToken).ConfigureAwait(false);
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

    /// <summary>What the cycle's report shows of the register, or <see langword="null"/> when it holds nothing for this cycle or the previous one.</summary>
    /// <param name="assessment">The cycle reported.</param>
    /// <param name="current">Its result.</param>
    /// <param name="previous">The previous closed cycle's result, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ActionTracking?> TrackingAsync(Assessment assessment, AssessmentResult current, AssessmentResult? previous, CancellationToken cancellationToken)
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
        if (previous is not null
            && await results.PreviousClosedCycleAsync(assessment, cancellationToken).ConfigureAwait(false) is { } previousCycle)
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
    private async Task<Outcome<Assessment>> SourceCycleAsync(string agencyId, string? assessmentId, CancellationToken cancellationToken)
    {
        if (assessmentId is not null)
        {
            return await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) switch
            {
                null => CycleService.NoSuchCycle(),
                { Status: not AssessmentStatus.Closed } => Problem.Conflict("Actions are adopted from a closed cycle's plan; close the cycle first."),
                var cycle => Outcome.Found(cycle),
            };
        }

        var latest = (await assessments.ListAsync(agencyId, cancellationToken).ConfigureAwait(false))
            .Where(each => each.Status == AssessmentStatus.Closed)
            .OrderByDescending(each => each.ClosedAt ?? each.CreatedAt)
            .FirstOrDefault();
        return latest is null ? Problem.Conflict("The agency has no closed cycle to adopt actions from.") : Outcome.Found(latest);
    }
}
