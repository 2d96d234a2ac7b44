using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Authentication;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Api.OpenApi;
using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Assessments;
using WellnessAssessment.Storage.Infrastructure;
using WellnessAssessment.Storage.Responses;
using WellnessAssessment.Validation;

namespace WellnessAssessment.Api.Assessments;

/// <summary>An agency's assessment cycles (agency key): open, list, import, close, results, report.</summary>
internal static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies/{agencyId}/assessments").WithTags(ApiTags.Assessments).RequireAgencyKey().UsesStore();
        group.MapPost("/", CreateAssessment).WithName("CreateAssessment")
            .WithSummary("Open an assessment cycle")
            .WithDescription("Opens a cycle of a built-in instrument (the latest version when none is given) and returns it with the respondent link to share.")
            .AcceptsJson<CreateAssessmentRequest>()
            .Produces<AssessmentView>(StatusCodes.Status201Created);
        group.MapGet("/", ListAssessments).WithName("ListAssessments")
            .WithSummary("List the agency's cycles")
            .WithDescription("Every cycle of the agency, open and closed, with its response counts per group (counts below the anonymity threshold are withheld).");
        group.MapGet("/{assessmentId}", GetAssessment).WithName("GetAssessment")
            .WithSummary("Get a cycle")
            .WithDescription("One cycle with its status, respondent link and response counts per group.");
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

    public static async Task<IResult> CreateAssessment(string agencyId, HttpRequest request, AssessmentStore assessments, InstrumentCatalog catalog, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
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

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("request body", errors));
        }

        var created = await assessments.CreateAsync(agencyId, title!, instrument!.Reference, cancellationToken).ConfigureAwait(false);
        events.CycleOpened(agencyId, created.Id, created.Instrument.Id, created.Instrument.Version);
        var view = AssessmentViews.Create(request, created, new Dictionary<string, int>(), catalog, options.Value);
        return TypedResults.Created($"/api/agencies/{agencyId}/assessments/{created.Id}", view);
    }

    public static async Task<Ok<IReadOnlyList<AssessmentView>>> ListAssessments(string agencyId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        var views = new List<AssessmentView>();
        foreach (var assessment in await assessments.ListAsync(agencyId, cancellationToken).ConfigureAwait(false))
        {
            var counts = await responses.CountByGroupAsync(assessment, cancellationToken).ConfigureAwait(false);
            views.Add(AssessmentViews.Create(request, assessment, counts, catalog, options.Value));
        }

        return TypedResults.Ok<IReadOnlyList<AssessmentView>>(views);
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> GetAssessment(string agencyId, string assessmentId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var counts = await responses.CountByGroupAsync(assessment, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(AssessmentViews.Create(request, assessment, counts, catalog, options.Value));
    }

    public static async Task<IResult> ImportResponses(string agencyId, string assessmentId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (set, problem) = await JsonBody.ReadAsync(request, options.Value.MaxImportBytes, ApiJson.TypeInfo<ResponseSet>(), cancellationToken).ConfigureAwait(false);
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

        events.ImportAccepted(agencyId, assessmentId, set.Responses.Count);
        return TypedResults.Ok(new ImportReceipt(set.Responses.Count));
    }

    public static async Task<IResult> CloseAssessment(string agencyId, string assessmentId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, ApiEvents events, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        if (await assessments.CloseAsync(assessment, cancellationToken).ConfigureAwait(false) is not { } closed)
        {
            return ApiProblems.Conflict("The cycle is already closed.");
        }

        var counts = await responses.CountByGroupAsync(closed, cancellationToken).ConfigureAwait(false);
        var respondents = counts.Values.Sum();
        events.CycleClosed(agencyId, assessmentId, respondents);
        return TypedResults.Ok(AssessmentViews.Create(request, closed, counts, catalog, options.Value));
    }

    public static async Task<IResult> GetResults(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (current, _) = await ResultsAsync(assessment, http, assessments, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(current);
    }

    public static Task<IResult> GetPdfReport(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, TimeProvider clock, CancellationToken cancellationToken) =>
        GetReportAsync(agencyId, assessmentId, http, assessments, responses, catalog, scorer, clock, html: false, cancellationToken);

    public static Task<IResult> GetHtmlReport(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, TimeProvider clock, CancellationToken cancellationToken) =>
        GetReportAsync(agencyId, assessmentId, http, assessments, responses, catalog, scorer, clock, html: true, cancellationToken);

    private static async Task<IResult> GetReportAsync(string agencyId, string assessmentId, HttpContext http, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, TimeProvider clock, bool html, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (current, previous) = await ResultsAsync(assessment, http, assessments, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        var options = new ReportOptions
        {
            AgencyDisplayName = current.Agency?.Name,
            AssessmentPeriod = assessment.Title,
            // A closed cycle's report carries its closing date, so downloading it again gives the same bytes.
            CreatedAt = assessment.ClosedAt ?? clock.GetUtcNow(),
        };
        var instrument = catalog.Resolve(assessment.Instrument);
        return html
            ? ReportFile.Html(http.Response, options, current, instrument, previous)
            : ReportFile.Pdf(options, current, instrument, previous, $"{assessment.AgencyId}-{assessment.Id}.pdf");
    }

    /// <summary>The cycle's result, with the trend against the agency's previous closed cycle of the same instrument and major version (also returned).</summary>
    private static async Task<(AssessmentResult Current, AssessmentResult? Previous)> ResultsAsync(Assessment assessment, HttpContext http, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, CancellationToken cancellationToken)
    {
        var name = KeyClaims.Agency(http)?.Name ?? assessment.AgencyId;
        var agency = new AgencyInfo(assessment.AgencyId, name);
        var current = await ScoreAsync(assessment, agency, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        if (await PreviousClosedCycleAsync(assessment, assessments, cancellationToken).ConfigureAwait(false) is not { } previousCycle)
        {
            return (current, null);
        }

        var previous = await ScoreAsync(previousCycle, agency, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        return (AssessmentScorer.WithTrend(current, previous), previous);
    }

    private static async Task<AssessmentResult> ScoreAsync(Assessment assessment, AgencyInfo agency, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, CancellationToken cancellationToken)
    {
        var stored = await responses.ReadAllAsync(assessment, cancellationToken).ConfigureAwait(false);
        var instrument = catalog.ResolveCompiled(assessment.Instrument);
        return scorer.Score(instrument, new ResponseSet { Instrument = assessment.Instrument, Agency = agency, Responses = stored });
    }

    private static async Task<Assessment?> PreviousClosedCycleAsync(Assessment current, AssessmentStore assessments, CancellationToken cancellationToken) =>
        (await assessments.ListAsync(current.AgencyId, cancellationToken).ConfigureAwait(false))
            .Where(other => other.Id != current.Id
                && other.Status == AssessmentStatus.Closed
                && other.CreatedAt < current.CreatedAt
                && other.Instrument.Id == current.Instrument.Id
                && other.Instrument.MajorVersion == current.Instrument.MajorVersion)
            .OrderByDescending(other => other.CreatedAt)
            .FirstOrDefault();

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
