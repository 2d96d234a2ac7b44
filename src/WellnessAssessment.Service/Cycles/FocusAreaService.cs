using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Validation;
using Microsoft.Extensions.Options;

namespace WellnessAssessment.Service.Cycles;

/// <summary>The body of <c>PUT …/assessments/{assessmentId}/focus-areas</c>.</summary>
/// <param name="FocusAreas">One to three domain ids of the cycle's instrument, most important first.</param>
public sealed record SetFocusAreasRequest(IReadOnlyList<string>? FocusAreas);

/// <summary>
/// The focus areas command staff save for a closed cycle: one to three domains of its instrument
/// (<see cref="ActionPlan.FocusAreas.Choose"/>), stored on the cycle, so that its report, brief and register lead with
/// them. Each change is recorded once in the audit trail; saving the same areas again changes and records nothing.
/// </summary>
public sealed class FocusAreaService(
    CycleService cycles,
    CycleStore assessments,
    CycleResults results,
    AuditTrail audit,
    InstrumentCatalog catalog,
    IOptionsMonitor<WellnessApiOptions> options)
{
    /// <summary>
    /// Saves the closed cycle's focus areas. Only a closed cycle whose results are released takes them (409
    /// otherwise); each id must be a domain of the cycle's instrument, given once (400 naming <c>focusAreas[i]</c>).
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="body">The body as the host read it, or why it could not be read.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cycle as it now is, 400, 404 or 409.</returns>
    public async Task<Outcome<AssessmentView>> SetAsync(CycleRequest request, Outcome<SetFocusAreasRequest> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        if (await cycles.FindAsync(request, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return CycleService.NoSuchCycle();
        }

        if (!body.Succeeded)
        {
            return body.Problem;
        }

        if (assessment.Status != CycleStatus.Closed || !CycleResults.IsReleased(assessment))
        {
            return Problem.Conflict("Focus areas are chosen from a closed cycle's results; close the cycle first.");
        }

        if (body.Value!.FocusAreas is not { } ids)
        {
            return Problem.Invalid("focusAreas", "is required: one to three domain ids of the cycle's instrument, most important first");
        }

        FocusAreas chosen;
        try
        {
            chosen = FocusAreas.Choose(catalog.Resolve(assessment.Instrument), ids);
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }

        var updated = assessment;
        if (assessment.FocusAreas is null || !assessment.FocusAreas.SequenceEqual(chosen.DomainIds, StringComparer.Ordinal))
        {
            if (await assessments.SetFocusAreasAsync(assessment, [.. chosen.DomainIds], cancellationToken).ConfigureAwait(false) is not { } saved)
            {
                return Problem.Conflict("The cycle changed while its focus areas were being saved (another change finished first); nothing was changed. Try again.");
            }

            updated = saved;
            await audit.AppendAsync(request.AgencyId, AuditEventKind.FocusAreasChanged, request.Caller.Actor, updated.Id, string.Join(", ", chosen.DomainIds), cancellationToken).ConfigureAwait(false);
        }

        var tallies = await results.TalliesAsync(updated, CycleService.AgencyOf(request.Caller, updated), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(CycleViews.Create(SurveyLinks.Root(request.RequestRoot, options.CurrentValue), updated, tallies, results, catalog));
    }

    /// <summary>
    /// The focus areas a closed cycle's plan leads with: the saved ones, or <see langword="null"/> when none were saved
    /// (then the report's default applies: the core's suggestion).
    /// </summary>
    /// <param name="assessment">The cycle.</param>
    /// <param name="catalog">The instruments.</param>
    public static FocusAreas? Saved(StoredCycle assessment, InstrumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        return assessment.FocusAreas is { Count: > 0 } ids && catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version) is { } instrument
            ? FocusAreas.Choose(instrument, ids)
            : null;
    }
}
