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
            .WithDescription("Opens a cycle of a built-in instrument (the latest version when none is given) and returns it with the respondent link to share. A repeated request with the same Idempotency-Key returns the cycle the first one opened; the same key with another title or instrument answers 422.")
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
            .WithDescription("Sets the staff expected to answer, per respondent group and in total, open or closed; `{}` clears them. The cycle then shows participation rates by group under the same anonymity rule as its counts, and flags any group over its headcount or with more than half its headcount answering within ten minutes. Answers the cycle as it now is.")
            .AcceptsJson<Headcounts>()
            .Produces<AssessmentView>()
            .ProducesProblems(StatusCodes.Status409Conflict);
        group.MapPost("/{assessmentId}/responses/import", ImportResponses).WithName("ImportResponses")
            .WithSummary("Import responses")
            .WithDescription("Imports a whole response set (for example a survey export) into an open cycle: all of it or, when any response is invalid or the cycle changed meanwhile, nothing. A respondent id imported again replaces the earlier answers.")
            .AcceptsJson<ResponseSet>()
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
            .WithDescription("The cycle's scored result (scoring contract), with the trend against the agency's previous closed cycle of the same instrument and major version.")
            .Produces<AssessmentResult>();
        group.MapGet("/{assessmentId}/report.pdf", GetPdfReport).WithName("GetPdfReport")
            .WithSummary("Get a cycle's PDF report")
            .WithDescription("The cycle's report as a PDF. A closed cycle's report carries its closing date, so downloading it again gives the same bytes.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf");
        group.MapGet("/{assessmentId}/report.html", GetHtmlReport).WithName("GetHtmlReport")
            .WithSummary("Get a cycle's HTML report")
            .WithDescription("The cycle's report as one self-contained, accessible HTML page.")
            .Produces<Stream>(StatusCodes.Status200OK, "text/html");
        return api;
    }

    public static async Task<IResult> CreateAssessment(string agencyId, HttpContext http, AssessmentStore assessments, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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
            created = await assessments.CreateAsync(agencyId, title!, instrument!.Reference, body.Profile is { IsEmpty: false } profile ? profile : null, body.Headcounts, requestKey, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException) when (requestKey is not null)
        {
            return ApiProblems.Unprocessable("This Idempotency-Key was used for a cycle with another title or instrument; use a new key for a new cycle.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.CycleOpened, KeyClaims.Actor(http), created.Id, $"{created.Instrument.Id} {created.Instrument.Version}", cancellationToken).ConfigureAwait(false);
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

        var errors = HeadcountsValidation.Validate(headcounts!, catalog.Resolve(assessment.Instrument), path: string.Empty);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("headcounts", errors));
        }

        if (await assessments.SetHeadcountsAsync(assessment, headcounts, cancellationToken).ConfigureAwait(false) is not { } updated)
        {
            return ApiProblems.Conflict("The cycle changed while its headcounts were being set (it was closed, or another change finished first); nothing was changed. Try again.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.HeadcountsChanged, KeyClaims.Actor(http), updated.Id, updated.Headcounts is { } set ? Staff(set) : "cleared", cancellationToken).ConfigureAwait(false);
        var tallies = await results.TalliesAsync(updated, AgencyOf(http, updated), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(AssessmentViews.Create(http.Request, updated, tallies, results, catalog, options.Value));
    }

    private static string Staff(Headcounts headcounts) =>
        headcounts.Total is { } total ? $"{total} staff in total, {headcounts.Groups.Count} groups" : $"{headcounts.Groups.Values.Sum()} staff in {headcounts.Groups.Count} groups";

    public static async Task<IResult> ImportResponses(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, AuditTrail audit, InstrumentCatalog catalog, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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

        if (!await responses.ImportAsync(assessment, set!.Responses, assessments, cancellationToken).ConfigureAwait(false))
        {
            events.ImportRefused(agencyId, assessmentId, "cycle changed during the import");
            return ApiProblems.Conflict("The cycle changed during the import (it was closed, or another import finished first); nothing was imported.");
        }

        await audit.AppendAsync(agencyId, AuditEventKind.ImportAccepted, KeyClaims.Actor(http), assessment.Id, Responses(set.Responses.Count), cancellationToken).ConfigureAwait(false);
        events.ImportAccepted(agencyId, assessmentId, set.Responses.Count);
        return TypedResults.Ok(new ImportReceipt(set.Responses.Count));
    }

    public static async Task<IResult> CloseAssessment(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, ApiEvents events, DraftStore drafts, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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
        var respondents = snapshot.CountsByGroup.Values.Sum();
        await audit.AppendAsync(agencyId, AuditEventKind.CycleClosed, KeyClaims.Actor(http), closed.Id, Responses(respondents), cancellationToken).ConfigureAwait(false);
        events.CycleClosed(agencyId, assessmentId, respondents);
        return TypedResults.Ok(AssessmentViews.Create(http.Request, closed, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows), results, catalog, options.Value));
    }

    /// <summary>
    /// Deletes a closed cycle's individual responses and keeps its stored result: the snapshot is made sure of first,
    /// then the cycle is marked purged (from then on every reader uses the snapshot only), then the rows are deleted.
    /// Repeating it finishes a purge that was interrupted.
    /// </summary>
    public static async Task<IResult> PurgeResponses(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, Storage.Invitations.InvitationStore invitations, CycleResults results, AuditTrail audit, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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
        if (assessment.PurgedAt is null)
        {
            await audit.AppendAsync(agencyId, AuditEventKind.CyclePurged, KeyClaims.Actor(http), purged.Id, Responses(snapshot.CountsByGroup.Values.Sum()), cancellationToken).ConfigureAwait(false);
        }

        return TypedResults.Ok(AssessmentViews.Create(http.Request, purged, new CycleTallies(snapshot.CountsByGroup, snapshot.BusiestWindows), results, catalog, options.Value));
    }

    public static async Task<IResult> GetResults(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, CycleResults results, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
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
        new(assessment.AgencyId, KeyClaims.Agency(http)?.Name ?? assessment.AgencyId) { Profile = assessment.Profile };

    private static string Responses(int count) => count == 1 ? "1 response" : $"{count} responses";

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
