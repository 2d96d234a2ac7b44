using WellnessAssessment.Service.Events;
using WellnessAssessment.Http.Access;
using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Participation;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Audit;
using WellnessAssessment.Storage.Drafts;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Assessments;

/// <summary>An agency's assessment cycles (agency key): open, list, import, close, purge, results, report.</summary>
internal static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/assessments").WithTags(ApiTags.Assessments).RequireAgencyKey().UsesStore();
        group.MapPost("/", CreateAssessment).WithName("CreateAssessment")
            .WithSummary("Open an assessment cycle")
            .WithDescription("Opens a cycle of a built-in instrument (the latest version when none is given) and returns it with the respondent link to share. `purpose` declares what the answers are for: `anonymous-survey` (the default; results are released once, at close) or `leadership-self-assessment` (named respondents who are told their answers are not anonymous; live results). A repeated request with the same Idempotency-Key returns the cycle the first one opened; the same key with another title or instrument answers 422.")
            .AcceptsJson<CreateAssessmentRequest>()
            .AcceptsIdempotencyKey()
            .Produces<AssessmentView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/", ListAssessments).WithName("ListAssessments")
            .WithSummary("List the agency's cycles")
            .WithDescription("Every cycle of the agency, open and closed, with its response counts per group (counts below the anonymity threshold are withheld).");
        group.MapGet("/{assessmentId}", GetAssessment).WithName("GetAssessment")
            .WithSummary("Get a cycle")
            .WithDescription("One cycle with its status, respondent link and response counts per group.");
        group.MapPut("/{assessmentId}/headcounts", SetHeadcounts).WithName("SetHeadcounts")
            .WithSummary("Set a cycle's expected headcounts")
            .WithDescription("Sets the staff expected to answer, per respondent group and in total; `{}` clears them. They may change while the cycle is open and freeze at close: a closed cycle that never had headcounts may be given them once; otherwise a closed or purged cycle answers 409. Every change is in the audit trail. The cycle then shows participation rates by group under the same anonymity rule as its counts, and flags any group over its headcount or with more than half its headcount answering within ten minutes. Answers the cycle as it now is.")
            .AcceptsJson<Headcounts>()
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{assessmentId}/responses/import", ImportResponses).WithName("ImportResponses")
            .WithSummary("Import responses")
            .WithDescription("Imports a whole response set (for example a survey export) into an open cycle: all of it or, when any response is invalid or the cycle changed meanwhile, nothing. A cycle takes online answers or one import, never both: a cycle with online answers, or one that already took an import, answers 409. A repeat with the accepted import's Idempotency-Key answers 200 again and changes nothing.")
            .AcceptsJson<ResponseSet>()
            .AcceptsIdempotencyKey()
            .Produces<ImportReceipt>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{assessmentId}/close", CloseAssessment).WithName("CloseAssessment")
            .WithSummary("Close a cycle")
            .WithDescription("Closes the cycle: no more answers or imports. Its results and reports stay available; a closed cycle cannot be closed again (409).")
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapDelete("/{assessmentId}/responses", PurgeResponses).WithName("PurgeResponses")
            .WithSummary("Purge a closed cycle's responses")
            .WithDescription("Deletes every stored response of a closed cycle, and its invitation codes with the respondent ids that held them, for a records-retention schedule. The result snapshot taken at close stays, so results and reports still work; an open cycle answers 409.")
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/results", GetResults).WithName("GetResults")
            .WithSummary("Get a cycle's results")
            .WithDescription("The cycle's scored result (scoring contract), with the trend against the agency's previous closed cycle of the same instrument and major version. An anonymous survey releases its results once, at close: while it is open this answers 409 (only the protected response counts of the cycle view are shown). A leadership self-assessment shows live results.")
            .Produces<AssessmentResult>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/report.pdf", GetPdfReport).WithName("GetPdfReport")
            .WithSummary("Get a cycle's PDF report")
            .WithDescription("The cycle's report as a PDF. A closed cycle's report carries its closing date, so downloading it again gives the same bytes.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapGet("/{assessmentId}/report.html", GetHtmlReport).WithName("GetHtmlReport")
            .WithSummary("Get a cycle's HTML report")
            .WithDescription("The cycle's report as one self-contained, accessible HTML page.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/html")
            .ProducesProblems(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<IResult> CreateAssessment(string agencyId, HttpContext http, AssessmentStore assessments, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, ServiceEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var request = http.Request;
        var (body, problem) = await JsonBody.ReadAsync(request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<CreateAssessmentRequest>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var title = body!.Title?.Trim();
        var errors = new List<ValidationError>();
        if (string.IsNullOrEmpty(title) || title.Length > 200)
        {
            errors.Add(new ValidationError("title", "is required (at most 200 characters)"));
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
            return ApiProblems.Invalid(new AssessmentValidationException("request body", errors));
        }

        var (requestKey, badKey) = IdempotencyKey.Read(request);
        if (badKey is not null)
        {
            return badKey;
        }

        Assessment created;
        try
        {
            created = await assessments.CreateAsync(agencyId, title!, instrument!.Reference, body.Profile is { IsEmpty: false } profile ? profile : null, body.Headcounts, body.Purpose ?? WellnessAssessment.Disclosure.ReleasePurpose.AnonymousSurvey, requestKey, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (requestKey is not null)
        {
            return ApiProblems.Unprocessable("This Idempotency-Key was used for a cycle with another title, instrument or purpose; use a new key for a new cycle.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.CycleOpened, HttpCaller.Of(http).Actor, created.Id, $"{created.Instrument.Id} {created.Instrument.Version}, {PurposeName(created.Purpose)}", cancellationToken).ConfigureAwait(false);
        events.CycleOpened(agencyId, created.Id, created.Instrument.Id, created.Instrument.Version);
        var view = AssessmentViews.Create(request, created, CycleTallies.Empty, results, catalog, options.Value);
        return TypedResults.Created($"/api/agencies/{agencyId}/assessments/{created.Id}", view);
    }

    public static async Task<Ok<IReadOnlyList<AssessmentView>>> ListAssessments(string agencyId, HttpContext http, AssessmentStore assessments, CycleResults results, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var views = new List<AssessmentView>();
        foreach (var assessment in await assessments.ListAsync(agencyId, cancellationToken).ConfigureAwait(false))
        {
            var tallies = await results.TalliesAsync(assessment, AgencyOf(http, assessment), cancellationToken).ConfigureAwait(false);
            views.Add(AssessmentViews.Create(http.Request, assessment, tallies, results, catalog, options.Value));
        }

        return TypedResults.Ok<IReadOnlyList<AssessmentView>>(views);
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> GetAssessment(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var tallies = await results.TalliesAsync(assessment, AgencyOf(http, assessment), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(AssessmentViews.Create(http.Request, assessment, tallies, results, catalog, options.Value));
    }

    public static async Task<IResult> SetHeadcounts(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (headcounts, problem) = await JsonBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ApiJson.TypeInfo<Headcounts>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        // Headcounts freeze at close, so that no figure published at close changes afterwards (and nobody can probe the
        // closed counts by trying headcounts): a closed cycle may get them once, if it never had any; a purged one never.
        if (assessment.PurgedAt is not null)
        {
            return ApiProblems.Conflict("The cycle's responses were purged; its headcounts can no longer be changed.");
        }

        if (assessment.Status != AssessmentStatus.Open && (assessment.Headcounts is not null || headcounts!.IsEmpty))
        {
            return ApiProblems.Conflict("The cycle is closed: its headcounts froze at close. A closed cycle that never had headcounts may be given them once.");
        }

        var errors = HeadcountsValidation.Validate(headcounts!, catalog.Resolve(assessment.Instrument), path: string.Empty);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("headcounts", errors));
        }

        if (await assessments.SetHeadcountsAsync(assessment, headcounts, cancellationToken).ConfigureAwait(false) is not { } updated)
        {
            return ApiProblems.Conflict("The cycle changed while its headcounts were being set (it was closed, or another change finished first); nothing was changed. Try again.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.HeadcountsChanged, HttpCaller.Of(http).Actor, updated.Id, updated.Headcounts is { } set ? Staff(set) : "cleared", cancellationToken).ConfigureAwait(false);
        var tallies = await results.TalliesAsync(updated, AgencyOf(http, updated), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(AssessmentViews.Create(http.Request, updated, tallies, results, catalog, options.Value));
    }

    private static string Staff(Headcounts headcounts) =>
        headcounts.Total is { } total ? $"{total} staff in total, {headcounts.Groups.Count} groups" : $"{headcounts.Groups.Values.Sum()} staff in {headcounts.Groups.Count} groups";

    public static async Task<IResult> ImportResponses(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, AuditTrail audit, InstrumentCatalog catalog, ServiceEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (set, problem) = await JsonBody.ReadResponseSetAsync(http.Request, options.Value.MaxImportBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            events.ImportRefused(agencyId, assessmentId, "unreadable body");
            return problem;
        }

        if (assessment.Status != AssessmentStatus.Open)
        {
            events.ImportRefused(agencyId, assessmentId, "cycle closed");
            return ApiProblems.Conflict("The cycle is closed; responses can no longer be imported.");
        }

        var errors = catalog.ResolveCompiled(assessment.Instrument).Validate(set!);
        if (errors.Count > 0)
        {
            events.ImportInvalid(agencyId, assessmentId, errors.Count);
            return ApiProblems.Invalid(new AssessmentValidationException("response set", errors));
        }

        var (requestKey, badKey) = IdempotencyKey.Read(http.Request);
        if (badKey is not null)
        {
            return badKey;
        }

        switch (await responses.ImportOnceAsync(assessment, set!.Responses, assessments, requestKey, cancellationToken).ConfigureAwait(false))
        {
            case ImportOutcome.AlreadyImported:
                events.ImportRefused(agencyId, assessmentId, "the cycle already took its one import");
                return ApiProblems.Conflict("The cycle already took its one import; a cycle takes one import only, and nothing was imported. Open a new cycle for another response set.");
            case ImportOutcome.OnlineAnswers:
                events.ImportRefused(agencyId, assessmentId, "the cycle has online answers");
                return ApiProblems.Conflict("The cycle already has answers submitted through its link; a cycle takes online answers or one import, never both, and nothing was imported. Open a new cycle for the import.");
            case ImportOutcome.Changed:
                events.ImportRefused(agencyId, assessmentId, "cycle changed during the import");
                return ApiProblems.Conflict("The cycle changed during the import (it was closed, or another import finished first); nothing was imported.");
        }

        var imported = Shown(set.Responses.Count);
        await audit.AppendAsync(agencyId, AuditEventKind.ImportAccepted, HttpCaller.Of(http).Actor, assessment.Id, Responses(imported), cancellationToken).ConfigureAwait(false);
        var said = Count(imported);
        events.ImportAccepted(agencyId, assessmentId, said);
        return TypedResults.Ok(new ImportReceipt(set.Responses.Count));
    }

    public static async Task<IResult> CloseAssessment(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, ServiceEvents events, DraftStore drafts, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (await assessments.CloseAsync(assessment, cancellationToken).ConfigureAwait(false) is not { } closed)
        {
            return ApiProblems.Conflict("The cycle is already closed.");
        }

        // The result is computed and stored now, once; every later read of this closed cycle reads the snapshot.
        var snapshot = await results.SnapshotAsync(closed, AgencyOf(http, closed), cancellationToken).ConfigureAwait(false);
        await drafts.DeleteAllAsync(closed, cancellationToken).ConfigureAwait(false); // resume codes stop working at close
        var respondents = ShownTotal(closed, snapshot.CountsByGroup, catalog);
        await audit.AppendAsync(agencyId, AuditEventKind.CycleClosed, HttpCaller.Of(http).Actor, closed.Id, Responses(respondents), cancellationToken).ConfigureAwait(false);
        var said = Count(respondents);
        events.CycleClosed(agencyId, assessmentId, said);
        return TypedResults.Ok(AssessmentViews.Create(http.Request, closed, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows), results, catalog, options.Value));
    }

    /// <summary>
    /// Deletes a closed cycle's individual responses and keeps its stored result: the snapshot is made sure of first,
    /// then the cycle is marked purged (from then on every reader uses the snapshot only), then the rows are deleted.
    /// Repeating it finishes a purge that was interrupted.
    /// </summary>
    public static async Task<IResult> PurgeResponses(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, Storage.Invitations.InvitationStore invitations, DraftStore drafts, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (assessment.Status == AssessmentStatus.Open)
        {
            return ApiProblems.Conflict("The cycle is open; close it before purging its responses.");
        }

        var snapshot = await results.SnapshotAsync(assessment, AgencyOf(http, assessment), cancellationToken).ConfigureAwait(false);
        var purged = assessment;
        if (assessment.PurgedAt is null)
        {
            purged = await assessments.MarkPurgedAsync(assessment, cancellationToken).ConfigureAwait(false);
            if (purged is null)
            {
                return ApiProblems.Conflict("The cycle changed while purging; nothing was deleted. Try again.");
            }
        }

        await responses.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false);
        await invitations.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false); // which respondent id held which code
        await drafts.DeleteAllAsync(purged, cancellationToken).ConfigureAwait(false); // any draft a close left behind
        if (assessment.PurgedAt is null)
        {
            await audit.AppendAsync(agencyId, AuditEventKind.CyclePurged, HttpCaller.Of(http).Actor, purged.Id, Responses(ShownTotal(purged, snapshot.CountsByGroup, catalog)), cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(AssessmentViews.Create(http.Request, purged, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows), results, catalog, options.Value));
    }

    public static async Task<IResult> GetResults(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (CycleResults.NotReleased(assessment) is { } notYet)
        {
            return notYet;
        }

        var (current, _) = await results.WithTrendAsync(assessment, AgencyOf(http, assessment), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(current);
    }

    public static Task<IResult> GetPdfReport(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, Benchmarks.DeploymentBenchmark benchmark, InstrumentCatalog catalog, TimeProvider clock, CancellationToken cancellationToken) =>
        GetReportAsync(agencyId, assessmentId, http, assessments, results, benchmark, catalog, clock, html: false, cancellationToken);

    public static Task<IResult> GetHtmlReport(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, Benchmarks.DeploymentBenchmark benchmark, InstrumentCatalog catalog, TimeProvider clock, CancellationToken cancellationToken) =>
        GetReportAsync(agencyId, assessmentId, http, assessments, results, benchmark, catalog, clock, html: true, cancellationToken);

    private static async Task<IResult> GetReportAsync(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, Benchmarks.DeploymentBenchmark benchmark, InstrumentCatalog catalog, TimeProvider clock, bool html, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (CycleResults.NotReleased(assessment) is { } notYet)
        {
            return notYet;
        }

        var (current, previous) = await results.WithTrendAsync(assessment, AgencyOf(http, assessment), cancellationToken).ConfigureAwait(false);
        // The peer page, when the deployment has a benchmark for the instrument (the agency's own contribution left out).
        if (await benchmark.CompareAsync(current, cancellationToken).ConfigureAwait(false) is { } comparison)
        {
            current = current with { PeerComparison = comparison };
        }

        var options = new ReportOptions
        {
            AgencyDisplayName = current.Agency?.Name,
            AssessmentPeriod = assessment.Title,
            // A closed cycle's report carries its closing date, so downloading it again gives the same bytes.
            CreatedAt = assessment.ClosedAt ?? clock.GetUtcNow(),
        };
        var instrument = catalog.Resolve(assessment.Instrument);
        var tracking = await Register.RegisterReports.TrackingAsync(http, assessment, current, previous, cancellationToken).ConfigureAwait(false);
        return html
            ? ReportFile.Html(http.Response, options, current, instrument, previous, tracking)
            : ReportFile.Pdf(options, current, instrument, previous, $"{assessment.AgencyId}-{assessment.Id}.pdf", tracking);
    }

    private static AgencyInfo AgencyOf(HttpContext http, Assessment assessment) =>
        new(assessment.AgencyId, HttpCaller.Of(http).AgencyName ?? assessment.AgencyId) { Profile = assessment.Profile };

    private static string PurposeName(WellnessAssessment.Disclosure.ReleasePurpose purpose) =>
        purpose == WellnessAssessment.Disclosure.ReleasePurpose.LeadershipSelfAssessment ? "leadership-self-assessment" : "anonymous-survey";

    /// <summary>
    /// The cycle's total as the cycle view shows it (<see cref="ParticipationCounts.Protect"/>), or null where the view
    /// withholds it: what audit entries and events may say.
    /// </summary>
    private static int? ShownTotal(Assessment assessment, IReadOnlyDictionary<string, int> counts, InstrumentCatalog catalog)
    {
        var groups = catalog.Find(assessment.Instrument.Id, assessment.Instrument.Version)?.Groups ?? [];
        return groups.Count == 0
            ? Shown(counts.Values.Sum())
            : ParticipationCounts.Protect([.. groups.Select(group => counts.GetValueOrDefault(group.Id))], ScoringOptions.Default.MinimumGroupSize).Total;
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

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
