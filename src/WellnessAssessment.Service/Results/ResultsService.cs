using WellnessAssessment.ActionPlan;
using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Results;
using WellnessAssessment.Scoring;
using WellnessAssessment.Service.Cycles;
using WellnessAssessment.Service.Norms;
using WellnessAssessment.Service.Outcomes;
using WellnessAssessment.Service.Register;
using WellnessAssessment.Storage.Cycles;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Service.Results;

/// <summary>
/// A cycle's results and what is written from them (agency key): the scored result with its trend, the report (PDF or
/// HTML, with the peer page when the deployment has a benchmark and the register's progress) and the executive brief
/// (at most two Letter pages, led by the focus areas). One release rule for all of them: an anonymous survey releases
/// its results once, at close (409 while it is open); a leadership self-assessment shows them live.
/// </summary>
public sealed class ResultsService(
    CycleStore assessments,
    CycleResults results,
    DeploymentNorms benchmark,
    RegisterService register,
    InstrumentCatalog catalog,
    TimeProvider clock)
{
    /// <summary>The cycle's scored result, with the trend against the agency's previous comparable closed cycle.</summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result, 404 or 409 (not released yet).</returns>
    public async Task<Outcome<AssessmentResult>> GetResultsAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var released = await ReleasedAsync(request, cancellationToken).ConfigureAwait(false);
        if (!released.Succeeded)
        {
            return released.Problem;
        }

        var assessment = released.Value!;
        var (current, _) = await results.WithTrendAsync(assessment, CycleService.AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(current);
    }

    /// <summary>
    /// How the console presents the cycle's result (<see cref="ResultView"/>): short titles, gap notes and the heat map,
    /// decided as the reports decide them. Released as the results are.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The view, 404 or 409 (not released yet).</returns>
    public async Task<Outcome<ResultView>> GetViewAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var released = await ReleasedAsync(request, cancellationToken).ConfigureAwait(false);
        if (!released.Succeeded)
        {
            return released.Problem;
        }

        var assessment = released.Value!;
        // The view shows no trend, so the agency's earlier cycles are not read.
        var (current, _) = await results.WithTrendAsync(assessment, previousCycle: null, CycleService.AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        return Outcome.Found(ResultView.Of(current, catalog.Resolve(assessment.Instrument)));
    }

    /// <summary>
    /// The cycle's report: a PDF (<c>{agencyId}-{assessmentId}.pdf</c>) or one self-contained HTML page, with the peer
    /// page (the agency's own contribution left out) and the register's progress. A closed cycle's report carries its
    /// closing date, so downloading it again gives the same bytes.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="format">PDF or HTML.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document, 404 or 409 (not released yet).</returns>
    public async Task<Outcome<ReportDocument>> GetReportAsync(CycleRequest request, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var released = await ReleasedAsync(request, cancellationToken).ConfigureAwait(false);
        if (!released.Succeeded)
        {
            return released.Problem;
        }

        var assessment = released.Value!;
        // The agency's cycles are listed once: the trend and the register's progress compare with the same cycle.
        var previousCycle = await results.PreviousClosedCycleAsync(assessment, cancellationToken).ConfigureAwait(false);
        var (current, previous) = await results.WithTrendAsync(assessment, previousCycle, CycleService.AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        // The peer page, when the deployment has a benchmark for the instrument (the agency's own contribution left out).
        if (await benchmark.CompareAsync(current, cancellationToken).ConfigureAwait(false) is { } comparison)
        {
            current = current with { PeerComparison = comparison };
        }

        var instrument = catalog.Resolve(assessment.Instrument);
        // The plan leads with the focus areas saved for the cycle; without them, the core's suggestion.
        var content = ContentOf(assessment, current, instrument) with
        {
            Previous = ComparableEarlier(previous, current),
            Tracking = await register.TrackingAsync(assessment, current, previous, previousCycle, cancellationToken).ConfigureAwait(false),
            Plan = new PlanOptions { FocusAreas = FocusAreasOf(assessment, instrument, null).Value },
        };
        return Outcome.Found(format == ReportFormat.Html
            ? ReportDocument.Write(stream => new HtmlReportWriter().Write(content, stream), ReportDocument.Html, null)
            : ReportDocument.Write(stream => new PdfReportWriter().Write(content, stream), ReportDocument.Pdf, $"{assessment.AgencyId}-{assessment.Id}.pdf"));
    }

    /// <summary>
    /// The cycle's executive brief (at most two Letter pages; tagged PDF or accessible HTML), led by the focus areas:
    /// those given, else the default of <see cref="FocusAreasOf"/>.
    /// </summary>
    /// <param name="request">The cycle and caller.</param>
    /// <param name="format">PDF (<c>{agencyId}-{assessmentId}-brief.pdf</c>) or HTML.</param>
    /// <param name="focusAreas">One to three domain ids of the cycle's instrument, most important first; <see langword="null"/> or empty for the default.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document, 400 naming <c>focusAreas</c> or <c>focusAreas[i]</c>, 404 or 409 (not released yet).</returns>
    public async Task<Outcome<ReportDocument>> GetBriefAsync(CycleRequest request, ReportFormat format, IReadOnlyList<string>? focusAreas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var released = await ReleasedAsync(request, cancellationToken).ConfigureAwait(false);
        if (!released.Succeeded)
        {
            return released.Problem;
        }

        var assessment = released.Value!;
        var instrument = catalog.Resolve(assessment.Instrument);
        var focus = FocusAreasOf(assessment, instrument, focusAreas);
        if (!focus.Succeeded)
        {
            return focus.Problem;
        }

        var (current, previous) = await results.WithTrendAsync(assessment, CycleService.AgencyOf(request.Caller, assessment), cancellationToken).ConfigureAwait(false);
        var content = ContentOf(assessment, current, instrument) with { Previous = ComparableEarlier(previous, current), Plan = new PlanOptions { FocusAreas = focus.Value } };
        var writer = new ExecutiveBriefWriter();
        return Outcome.Found(format == ReportFormat.Html
            ? ReportDocument.Write(stream => writer.WriteHtml(content, stream), ReportDocument.Html, null)
            : ReportDocument.Write(stream => writer.WritePdf(content, stream), ReportDocument.Pdf, $"{assessment.AgencyId}-{assessment.Id}-brief.pdf"));
    }

    /// <summary>
    /// The one place that decides a brief's focus areas: the ones the request gives (validated by
    /// <see cref="FocusAreas.Choose"/>), else the default: the focus areas saved for the cycle
    /// (<c>PUT …/focus-areas</c>), else the core's suggestion from the plan's priorities (<see langword="null"/>:
    /// <see cref="PlanOptions.FocusAreas"/>).
    /// </summary>
    /// <param name="assessment">The cycle.</param>
    /// <param name="instrument">The cycle's instrument.</param>
    /// <param name="focusAreas">The requested domain ids, or <see langword="null"/>/empty for the default.</param>
    /// <returns>The chosen focus areas, <see langword="null"/> for the suggestion, or 400 naming <c>focusAreas[i]</c>.</returns>
    internal static Outcome<FocusAreas?> FocusAreasOf(StoredCycle assessment, Instrument instrument, IReadOnlyList<string>? focusAreas)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (focusAreas is not { Count: > 0 })
        {
            return Outcome.Found(assessment.FocusAreas is { Count: > 0 } saved ? FocusAreas.Choose(instrument, saved) : null);
        }

        try
        {
            return Outcome.Found<FocusAreas?>(FocusAreas.Choose(instrument, focusAreas));
        }
        catch (AssessmentValidationException exception)
        {
            return Problem.Invalid(exception);
        }
    }

    /// <summary>An earlier result only when it is of exactly the same instrument version, which the report's trend section needs.</summary>
    internal static AssessmentResult? ComparableEarlier(AssessmentResult? previous, AssessmentResult current) =>
        previous is not null && previous.Instrument == current.Instrument ? previous : null;

    private ReportContent ContentOf(StoredCycle assessment, AssessmentResult current, Instrument instrument) => new(current, instrument)
    {
        AgencyDisplayName = current.Agency?.Name,
        AssessmentPeriod = assessment.Title,
        // A closed cycle's report carries its closing date, so downloading it again gives the same bytes.
        CreatedAt = assessment.ClosedAt ?? clock.GetUtcNow(),
    };

    /// <summary>The cycle when its results may be read now; else 404 (no such cycle) or 409 (an open anonymous survey).</summary>
    private async Task<Outcome<StoredCycle>> ReleasedAsync(CycleRequest request, CancellationToken cancellationToken)
    {
        var assessment = TableKeys.IsValidId(request.AssessmentId)
            ? await assessments.GetAsync(request.AgencyId, request.AssessmentId, cancellationToken).ConfigureAwait(false)
            : null;
        if (assessment is null)
        {
            return Problem.NotFound("No such assessment cycle.");
        }

        return CycleResults.NotReleased(assessment) is { } notYet ? notYet : Outcome.Found(assessment);
    }
}
