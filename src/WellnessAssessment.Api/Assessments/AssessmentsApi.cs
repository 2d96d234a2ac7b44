using Microsoft.Extensions.Options;
using WellnessAssessment.Api.Infrastructure;
using WellnessAssessment.Instruments;
using WellnessAssessment.Reports;
using WellnessAssessment.Responses;
using WellnessAssessment.Scoring;
using WellnessAssessment.Storage.Agencies;
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
        var group = api.MapGroup("/agencies/{agencyId}/assessments").WithTags("Assessments").AddEndpointFilter(AgencyKeyFilter.RequireAgencyKey);
        group.MapPost("/", CreateAssessment).WithName("CreateAssessment").Accepts<CreateAssessmentRequest>("application/json");
        group.MapGet("/", ListAssessments).WithName("ListAssessments");
        group.MapGet("/{assessmentId}", GetAssessment).WithName("GetAssessment");
        group.MapPost("/{assessmentId}/responses/import", ImportResponses).WithName("ImportResponses").Accepts<ResponseSet>("application/json");
        group.MapPost("/{assessmentId}/close", CloseAssessment).WithName("CloseAssessment");
        group.MapGet("/{assessmentId}/results", GetResults).WithName("GetResults");
        group.MapGet("/{assessmentId}/report.pdf", GetPdfReport).WithName("GetPdfReport").Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        group.MapGet("/{assessmentId}/report.html", GetHtmlReport).WithName("GetHtmlReport").Produces(StatusCodes.Status200OK, contentType: "text/html");
        return api;
    }

    public static async Task<IResult> CreateAssessment(string agencyId, HttpRequest request, AssessmentStore assessments, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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

        var created = await assessments.CreateAsync(agencyId, title!, instrument!.Reference, body.Profile is { IsEmpty: false } profile ? profile : null, cancellationToken).ConfigureAwait(false);
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

    public static async Task<IResult> ImportResponses(string agencyId, string assessmentId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
    {
        if (await FindAsync(agencyId, assessmentId, assessments, cancellationToken).ConfigureAwait(false) is not { } assessment)
        {
            return NoSuchCycle();
        }

        var (set, problem) = await JsonBody.ReadAsync(request, options.Value.MaxImportBytes, ApiJson.TypeInfo<ResponseSet>(), cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (assessment.Status != AssessmentStatus.Open)
        {
            return ApiProblems.Conflict("The cycle is closed; responses can no longer be imported.");
        }

        var instrument = catalog.Resolve(assessment.Instrument);
        var validation = new ResponseSetValidator(instrument).Validate(set!);
        if (!validation.IsValid)
        {
            return ApiProblems.Invalid(new AssessmentValidationException("response set", validation.Errors.Select(e => new ValidationError(e.PropertyName, e.ErrorMessage))));
        }

        if (!await responses.ImportAsync(assessment, set!.Responses, assessments, cancellationToken).ConfigureAwait(false))
        {
            return ApiProblems.Conflict("The cycle changed during the import (it was closed, or another import finished first); nothing was imported.");
        }

        return TypedResults.Ok(new ImportReceipt(set.Responses.Count));
    }

    public static async Task<IResult> CloseAssessment(string agencyId, string assessmentId, HttpRequest request, AssessmentStore assessments, ResponseStore responses, InstrumentCatalog catalog, IOptions<WellnessApiOptions> options, CancellationToken cancellationToken)
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
        var name = (http.Items[AgencyKeyFilter.AgencyItem] as Agency)?.Name ?? assessment.AgencyId;
        var agency = new AgencyInfo(assessment.AgencyId, name);
        var current = await ScoreAsync(assessment, agency, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        if (await PreviousClosedCycleAsync(assessment, assessments, catalog, cancellationToken).ConfigureAwait(false) is not { } previousCycle)
        {
            return (current, null);
        }

        var previous = await ScoreAsync(previousCycle, agency, responses, catalog, scorer, cancellationToken).ConfigureAwait(false);
        return (AssessmentScorer.WithTrend(current, previous), previous);
    }

    private static async Task<AssessmentResult> ScoreAsync(Assessment assessment, AgencyInfo agency, ResponseStore responses, InstrumentCatalog catalog, AssessmentScorer scorer, CancellationToken cancellationToken)
    {
        var stored = await responses.ReadAllAsync(assessment, cancellationToken).ConfigureAwait(false);
        var instrument = catalog.Resolve(assessment.Instrument);
        return scorer.Score(instrument, new ResponseSet { Instrument = assessment.Instrument, Agency = agency with { Profile = assessment.Profile }, Responses = stored });
    }

    /// <summary>The latest earlier closed cycle of the same instrument: the same major version, or one a crosswalk links.</summary>
    private static async Task<Assessment?> PreviousClosedCycleAsync(Assessment current, AssessmentStore assessments, InstrumentCatalog catalog, CancellationToken cancellationToken) =>
        (await assessments.ListAsync(current.AgencyId, cancellationToken).ConfigureAwait(false))
            .Where(other => other.Id != current.Id
                && other.Status == AssessmentStatus.Closed
                && other.CreatedAt < current.CreatedAt
                && other.Instrument.Id == current.Instrument.Id
                && (other.Instrument.MajorVersion == current.Instrument.MajorVersion || catalog.FindCrosswalk(other.Instrument, current.Instrument) is not null))
            .OrderByDescending(other => other.CreatedAt)
            .FirstOrDefault();

    private static async Task<Assessment?> FindAsync(string agencyId, string assessmentId, AssessmentStore assessments, CancellationToken cancellationToken) =>
        TableKeys.IsValidId(assessmentId) ? await assessments.GetAsync(agencyId, assessmentId, cancellationToken).ConfigureAwait(false) : null;

    private static ProblemHttpResult NoSuchCycle() => ApiProblems.NotFound("No such assessment cycle.");
}
